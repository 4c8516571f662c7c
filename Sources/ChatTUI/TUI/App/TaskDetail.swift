import Persistence

/// What the review's detail pane shows: the task as stored and its newest changes.
struct TaskDetail: Hashable, Sendable {
    var task: TodoTask
    /// Newest first, from the undo journal.
    var history: [TaskHistoryEntry]
}
