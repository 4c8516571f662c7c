/// A new task read from the words a person types, the way the offline engine reads an add:
/// "call mom tomorrow #family high". Public so the task review's `a` accepts the chat's phrases.
public struct TaskPhrase: Hashable, Sendable {
    public var title: String
    /// "low", "medium" or "high".
    public var priority: String?
    public var tags: [String]
    /// The due phrase in the canonical words of `DueGrammar` ("june 3 at 17:00").
    public var due: String?
    /// Why `due` names no real date ("April has 30 days").
    public var dueProblem: String?
    public var recurrence: String?

    public init(reading text: String) {
        let task = AddParser.draft(from: AddParser.explicitBody(of: text) ?? text)
        title = task.title
        priority = task.priority
        tags = task.tags
        due = task.due
        dueProblem = task.dueProblem
        recurrence = task.recurrence
    }
}
