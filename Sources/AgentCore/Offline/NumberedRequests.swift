/// "1. add buy bread 2. add call the plumber", "1) groceries done 2) rent paid": requests
/// numbered on one line, or one per numbered or bulleted line, read one after another as if
/// joined by semicolons. Lines that are tasks to add are ``BulletList``'s.
enum NumberedRequests {
    static let marker = Pattern(#/(?:^|\s)(\d)[.)]\s+/#, example: "1. add buy bread 2. ")

    /// The requests joined by semicolons, or `text` as it is when it is not numbered from 1.
    static func joined(_ text: String) -> String {
        if let items = BulletList.items(in: text) {
            return items.contains(where: BulletList.isRequest) ? items.map(BulletList.request).joined(separator: "; ") : text
        }
        guard !text.contains(where: \.isNewline) else { return text }
        let said = text.trimming(" ")
        let markers = said.matches(of: marker.regex)
        guard markers.count >= 2, let first = markers.first,
              markers.enumerated().allSatisfy({ Int($0.element.output.1) == $0.offset + 1 })
        else { return text }
        let starts = markers.map(\.range.upperBound)
        let ends = markers.dropFirst().map(\.range.lowerBound) + [said.endIndex]
        let parts = zip(starts, ends).map { String(said[$0..<$1]).trimming(" ,;.") }
        guard first.range.lowerBound == said.startIndex else {
            // "pls add: 1) renew the library card 2) buy printer paper": the list under its
            // request, as if typed one item a line.
            let lead = String(said[..<first.range.lowerBound]).trimming(" ")
            guard lead.hasSuffix(":"), lead.firstMatch(of: BulletList.lead.regex) != nil else { return text }
            return ([lead] + parts.enumerated().map { "\($0.offset + 1)) " + $0.element }).joined(separator: "\n")
        }
        return parts.joined(separator: "; ")
    }
}
