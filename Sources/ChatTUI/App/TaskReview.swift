import Persistence

/// The task review screen: a list of the user's tasks and the edit under way, if any.
struct TaskReview: Hashable, Sendable {
    enum Mode: Hashable, Sendable {
        case browsing
        /// Editing the title of the task with this id.
        case renaming(Int64, InputEditor)
        /// Typing the text filter.
        case searching(InputEditor)
    }

    var tasks: [TodoTask] = []
    var selection = 0
    var filter: TaskStatusFilter = .pending
    var search: String?
    var mode: Mode = .browsing
    /// True until the first list arrives, so the screen says "Loading" instead of "No tasks".
    var isLoading = true
    /// The outcome of the last action ("Undid: completed #3 Buy groceries"), or an error.
    var notice: String?

    var selectedTask: TodoTask? {
        tasks.indices.contains(selection) ? tasks[selection] : nil
    }
}
