/// Tasks typed one per line under a request to add them: "can you add these pls" then
/// "- buy yeast", "- order flour friday", or lines numbered "1." and "2.". Each line is a
/// task of its own, with its own date, priority and tags.
enum BulletList {
    /// "- buy yeast", "* order flour", "• ring the mill", "1. chemistry revision", "2) …".
    /// A line with a box ("- [x] …") is a ``Checklist``'s.
    static let item = Pattern(#/^\s*(?:[-*•·]|\d{1,2}[.)])\s+(?!\[[ xX✓✔]?\])(.+?)\s*$/#, example: "- buy yeast")
    /// The line above the items, asking for them to be added.
    static let lead = Pattern(#/(?i)\b(?:add|put|jot|todo|to-do|tasks?|list|remind)\b/#, example: "can you add these")

    /// The items when every line is one, else `nil`.
    static func items(in text: String) -> [String]? {
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        let items = lines.compactMap { $0.wholeMatch(of: item.regex).map { String($0.output.1) } }
        return items.count >= 2 && items.count == lines.count ? items : nil
    }

    /// Whether a line asks for something of its own ("bike is fixed", "due 10th december",
    /// "add renew the insurance"): lines like these are requests in a row, not tasks. A line
    /// that starts with a verb a task may start with ("finish the report", "clear the
    /// gutters") is a task on a pasted list, though alone it might be a completion.
    static func isRequest(_ line: String) -> Bool {
        let utterance = Utterance(line)
        if AddParser.explicitBody(of: utterance.core) != nil || FieldsAlone.parse(utterance) != nil { return true }
        switch IntentParser.rules(utterance) {
        case .change(_, .words(let words))?:
            // "email sarah is done" names the task with its verb: news, not a task.
            let first = utterance.key.split(separator: " ").first.map(String.init) ?? ""
            return !EnglishWords.startsATask(first) && first != "clear" || words.lowercased().hasPrefix(first + " ")
        case .change?, .list?, .sequence?, .undo?, .askStatus?: return true
        default: return false
        }
    }

    /// The line as one request among others: a bare thing to do is a task to add.
    static func request(_ line: String) -> String {
        guard FieldsAlone.edits(in: Utterance(line).core) == nil else { return line }
        switch IntentParser.reading(line).intent {
        case .unknown: return "add " + line
        case .suggest(let guess) where guess.label == .add: return "add " + line
        default: return line
        }
    }

    static func tasks(in text: String) -> [NewTask]? {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        let items = lines.compactMap { $0.wholeMatch(of: item.regex).map { String($0.output.1) } }
        guard items.count >= 2, let first = lines.first else { return nil }
        let asked = items.count == lines.count || (items.count == lines.count - 1 && first.firstMatch(of: lead.regex) != nil)
        guard asked else { return nil }
        let tasks = items.map { item in
            let core = Utterance(item).core
            return AddParser.draft(from: AddParser.explicitBody(of: core) ?? core)
        }
        return tasks.allSatisfy({ !$0.title.isEmpty }) ? tasks : nil
    }
}
