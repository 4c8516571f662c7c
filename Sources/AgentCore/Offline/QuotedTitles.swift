/// "add 'take vitamins' daily and 'do the laundry' this weekend", "add 'ask Tom about the key'
/// and 'lock up the shed', both whenever": two or more quoted titles in one add, each with the
/// fields said after it, and "both …" at the end for every one.
///
/// `nil` unless every quote reads as a title with nothing but fields after it, so a quote
/// inside a title ("add read 'Dune' and 'Emma'") is left to the other readers.
enum QuotedTitles {
    static let quoted = Pattern(#/'([^']{2,})'|"([^"]{2,})"|“([^”]{2,})”|‘([^’]{2,})’/#, example: "'take vitamins'")
    /// ", and also", " and ": what joins one quoted task to the next.
    static let join = Pattern(#/(?i)[\s,;&\-–—]*(?:(?:and|also|plus|then)[\s,]*)*$/#, example: ", and also")
    /// "both tagged travel and both for friday", "all of them whenever".
    static let shared = Pattern(#/(?i)[\s,;]*\b(?:both|all\s+of\s+them|all|each)\b.*$/#, example: ", both whenever")
    static let sharedWord = Pattern(#/(?i)\b(?:both|all\s+of\s+them|all|each)\b/#, example: "both")

    static func tasks(in body: String) -> [NewTask]? {
        let quotes = body.matches(of: quoted.regex)
        guard quotes.count >= 2, let first = quotes.first, String(body[..<first.range.lowerBound]).trimming(" ,:").isEmpty else { return nil }
        var tasks: [NewTask] = []
        var common = TaskEdits()
        for (index, quote) in quotes.enumerated() {
            let end = index + 1 < quotes.count ? quotes[index + 1].range.lowerBound : body.endIndex
            var after = String(body[quote.range.upperBound..<end]).replacing(join.regex, with: "")
            if index == quotes.count - 1, let both = after.firstMatch(of: shared.regex) {
                // "both tagged travel and both for friday": each "both" says one field.
                for said in String(after[both.range]).split(separator: sharedWord.regex) {
                    let field = String(said).replacing(join.regex, with: "").trimming(" ,")
                    guard !field.isEmpty else { continue }
                    guard let found = FieldsAlone.edits(in: field) else { return nil }
                    common.take(found.edits)
                }
                after = String(after[..<both.range.lowerBound])
            }
            let title = String(quote.output.1 ?? quote.output.2 ?? quote.output.3 ?? quote.output.4 ?? "").trimming(" ")
            let task = AddParser.draft(from: "'" + title + "'" + after)
            guard task.title.lowercased() == title.lowercased(), task.dueProblem == nil else { return nil }
            tasks.append(task)
        }
        return tasks.map { $0.with(common) }
    }
}
