/// Tasks typed one per line under a request to add them: "can you add these pls" then
/// "- buy yeast", "- order flour friday", or lines numbered "1." and "2.". Each line is a
/// task of its own, with its own date, priority and tags.
enum BulletList {
    /// "- buy yeast", "* order flour", "• ring the mill", "1. chemistry revision", "2) …".
    /// A line with a box ("- [x] …") is a ``Checklist``'s.
    static let item = Pattern(#/^\s*(?:[-*•·]|\d{1,2}[.)])\s+(?!\[[ xX✓✔]?\])(.+?)\s*$/#, example: "- buy yeast")
    /// The line above the items, asking for them to be added.
    static let lead = Pattern(#/(?i)\b(?:add|put|jot|todo|to-do|tasks?|list|remind)\b/#, example: "can you add these")

    static func tasks(in text: String) -> [NewTask]? {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        let items = lines.compactMap { $0.wholeMatch(of: item.regex).map { String($0.output.1) } }
        guard items.count >= 2, let first = lines.first else { return nil }
        let asked = items.count == lines.count || (items.count == lines.count - 1 && first.firstMatch(of: lead.regex) != nil)
        guard asked else { return nil }
        let tasks = items.map { AddParser.draft(from: Utterance($0).core) }
        return tasks.allSatisfy({ !$0.title.isEmpty }) ? tasks : nil
    }
}
