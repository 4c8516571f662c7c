import Persistence

/// The task review screen: a window of the user's tasks, the cursor, and the edit under way.
///
/// Only a window of the list is held (a few screens around the cursor); the cursor's
/// position counts among every match, so the header and `G` speak of the whole list.
struct TaskReview: Hashable, Sendable {
    enum Mode: Hashable, Sendable {
        case browsing
        /// Editing the title of the task with this id.
        case renaming(Int64, InputEditor)
        /// Typing the text filter.
        case searching(InputEditor)
    }

    var window = ListWindow<TodoTask>(items: [], offset: 0, total: 0, anchorIndex: 0)
    var selection = ListSelection()
    var mode: Mode = .browsing
    /// The window asked for and not yet answered; answers to any other are stale.
    var pending: TaskWindowRequest?
    /// True until the first window arrives, so the screen says "Loading" instead of "No tasks".
    var isLoading = true
    /// The outcome of the last action ("Undid: completed #3 Buy groceries"), or an error.
    var notice: String?

    var selectedTask: TodoTask? {
        window[selection.index]
    }
}
