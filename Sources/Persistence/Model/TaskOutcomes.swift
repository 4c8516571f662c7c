/// What completing a task did.
public struct TaskCompletion: Hashable, Sendable {
    public var task: TodoTask
    /// The next occurrence a recurring task produced, if any.
    public var nextOccurrence: TodoTask?
    /// True when the task was done before this call, which then changed nothing: worth telling
    /// the person, who may have meant another task.
    public var wasAlreadyCompleted: Bool

    public init(task: TodoTask, nextOccurrence: TodoTask?, wasAlreadyCompleted: Bool = false) {
        self.task = task
        self.nextOccurrence = nextOccurrence
        self.wasAlreadyCompleted = wasAlreadyCompleted
    }
}

/// What an undo reverted, for the status line.
public struct UndoOutcome: Hashable, Sendable {
    public var action: TaskAction
    /// The task as it is after the undo (for an undone add, as it was before removal).
    public var task: TodoTask
    /// Such as "Undid: completed #3 Buy groceries".
    public var summary: String

    public init(action: TaskAction, task: TodoTask, summary: String) {
        self.action = action
        self.task = task
        self.summary = summary
    }
}

/// The kinds of change the undo journal records.
public enum TaskAction: String, Sendable, CaseIterable {
    case add, complete, reopen, update, delete

    /// The past tense used in summaries.
    public var pastTense: String {
        switch self {
        case .add: "added"
        case .complete: "completed"
        case .reopen: "reopened"
        case .update: "updated"
        case .delete: "deleted"
        }
    }
}

/// Pending tasks needing attention, for the status bar. The two never overlap.
public struct ReminderCounts: Hashable, Sendable {
    public var overdue: Int
    public var dueToday: Int

    public init(overdue: Int, dueToday: Int) {
        self.overdue = overdue
        self.dueToday = dueToday
    }
}
