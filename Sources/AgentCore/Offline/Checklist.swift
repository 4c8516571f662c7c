/// A to-do list pasted from a Markdown file or a notes app: "- [ ] renew car insurance" is a
/// task still to do, "- [x] groceries" one that is done. Read as the request it stands for:
/// open boxes are added, ticked ones completed. Lines of both kinds together are left to the
/// other readers, since the person may only be showing their list.
enum Checklist {
    /// "- [ ] renew car insurance", "* [x] groceries", "[X] fix the bike".
    static let box = Pattern(#/^\s*(?:[-*+•]\s*)?\[([ xX✓✔]?)\]\s*(.+?)\s*$/#, example: "- [x] groceries")

    /// The request the lines stand for, or `text` itself when it is no checklist.
    static func read(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        let boxes = lines.compactMap { $0.wholeMatch(of: box.regex) }
        guard !boxes.isEmpty, boxes.count == lines.count else { return text }
        let items = boxes.map { String($0.output.2) }
        let ticked = boxes.map { !$0.output.1.allSatisfy(\.isWhitespace) }
        if ticked.allSatisfy(\.self) {
            let last = items[items.count - 1]
            return "tick off " + (items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last)
        }
        guard !ticked.contains(true) else { return text }
        return items.count == 1 ? "add " + items[0] : items.map { "- " + $0 }.joined(separator: "\n")
    }
}
