import Persistence

/// A new task read from the words a person types, the way the offline engine reads an add:
/// "call mom tomorrow #family high". Public so the task review's `a` accepts the chat's phrases.
///
/// A short typed line may end in a bare "high", "medium" or "low" (the review's habit); a
/// sentence in the chat sets it off with a comma ("call mom, high"). Both are read here, by
/// the engine's priority rule, so the two front ends agree on what a line means.
public struct TaskPhrase: Hashable, Sendable {
    public var title: String
    public var priority: Priority?
    public var tags: [String]
    /// The due phrase in the canonical words of `DueGrammar` ("june 3 at 17:00").
    public var due: String?
    /// Why `due` names no real date ("April has 30 days").
    public var dueProblem: String?
    public var recurrence: String?

    public init(reading text: String) {
        let trailing = PriorityPhrase.trailing(in: text)
        let body = trailing?.rest ?? text
        let task = AddParser.draft(from: AddParser.explicitBody(of: body) ?? body)
        title = task.title
        priority = task.priority ?? trailing?.priority
        tags = task.tags
        due = task.due
        dueProblem = task.dueProblem
        recurrence = task.recurrence
    }
}
