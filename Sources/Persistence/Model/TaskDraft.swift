/// What a new task is made of; validated when added.
public struct TaskDraft: Hashable, Sendable {
    public var title: String
    public var description: String?
    public var priority: Priority?
    /// Normalised when added, so "#Work" is accepted.
    public var tags: [String]
    public var due: Due?
    public var recurrence: Recurrence?

    public init(
        title: String, description: String? = nil, priority: Priority? = nil, tags: [String] = [],
        due: Due? = nil, recurrence: Recurrence? = nil
    ) {
        self.title = title
        self.description = description
        self.priority = priority
        self.tags = tags
        self.due = due
        self.recurrence = recurrence
    }
}
