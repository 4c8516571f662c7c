/// One field of an update: left alone, replaced, or cleared by an explicit null.
public enum FieldChange<Value: Hashable & Sendable>: Hashable, Sendable {
    case keep
    case set(Value)
    case clear
}

/// The changes `update_task` asks for; fields left at `.keep` are untouched.
///
/// Clearing the title is refused as an empty title; clearing tags removes them all.
/// `completed` only flips the state: completing through ``TaskEditor/complete(id:)``
/// is what rolls a recurring task forward.
public struct TaskPatch: Hashable, Sendable {
    public var title: FieldChange<String>
    public var description: FieldChange<String>
    public var priority: FieldChange<Priority>
    public var tags: FieldChange<[String]>
    public var due: FieldChange<Due>
    public var recurrence: FieldChange<Recurrence>
    public var completed: Bool?

    public init(
        title: FieldChange<String> = .keep, description: FieldChange<String> = .keep,
        priority: FieldChange<Priority> = .keep, tags: FieldChange<[String]> = .keep,
        due: FieldChange<Due> = .keep, recurrence: FieldChange<Recurrence> = .keep, completed: Bool? = nil
    ) {
        self.title = title
        self.description = description
        self.priority = priority
        self.tags = tags
        self.due = due
        self.recurrence = recurrence
        self.completed = completed
    }

    /// True when nothing would change, which tools may report instead of a no-op update.
    public var isEmpty: Bool {
        self == TaskPatch()
    }
}
