/// Reads one user message into an ``Intent``, without looking at the rest of the conversation.
///
/// The order of the checks is the parser's grammar: edits before additions ("add tag work to
/// 3" is not a new task), an explicit "add"/"todo:" before lists, and a bare phrase becomes a
/// new task only when nothing else fits and it carries a date or a recurrence.
enum IntentParser {
    static func parse(_ text: String) -> Intent {
        let utterance = Utterance(text)
        guard !utterance.key.isEmpty else { return .unknown }
        if let intent = SmallTalkParser.parse(utterance) { return intent }
        if let pick = PickParser.parse(utterance) { return .pick(pick) }
        if let intent = NoteParser.parse(utterance) ?? UpdateParser.parse(utterance) ?? ChangeParser.parse(utterance) { return intent }
        if utterance.core.wholeMatch(of: AddParser.bare.regex) != nil { return .add(NewTask(title: "")) }
        if let body = AddParser.explicitBody(of: utterance.core) {
            if let tasks = AddParser.items(of: body) { return .addMany(tasks) }
            return .add(AddParser.draft(from: body))
        }
        if let query = ListParser.parse(utterance) { return .list(query) }
        if let task = AddParser.parse(utterance) { return .add(task) }
        return QuestionShape.isQuestion(utterance) ? .offTopic : .unknown
    }
}
