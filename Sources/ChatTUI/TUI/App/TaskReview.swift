import Persistence

/// The task review screen: a window of the user's tasks, the cursor, and the edit under way.
///
/// Only a window of the list is held (a few screens around the cursor); the cursor's
/// position counts among every match, so the header and `G` speak of the whole list.
struct TaskReview: Hashable, Sendable {
    enum Mode: Hashable, Sendable {
        case browsing
        /// A field open for typing; Enter saves it, Esc goes back to the list (or to the
        /// detail pane a description was opened from).
        case editing(TaskField, InputEditor)
        /// The detail pane of a task; nil until it is read.
        case detail(TaskDetail?)
        /// The `?` overlay listing every key, scrolled down `offset` rows.
        case help(offset: Int)
    }

    var window = ListWindow<TodoTask>(items: [], offset: 0, total: 0, anchorIndex: 0)
    var selection = ListSelection()
    var mode: Mode = .browsing
    /// The detail pane a description edit returns to.
    var openDetail: TaskDetail?
    /// The detail pane's first row shown; kept when the task is read again.
    var detailOffset = 0
    /// The window asked for and not yet answered; answers to any other are stale.
    var pending: TaskWindowRequest?
    /// The keys moved the cursor after a reload was asked for: its answer must not pull the
    /// cursor back to the task it was read around.
    var movedWhilePending = false
    /// The rows of a new text filter are shown before they are counted: until this count
    /// arrives the header says so, the positions held are provisional (the anchor taken to
    /// be where the cursor was) and no further window is asked for.
    var counting: TaskCountRequest?
    /// True until the first window arrives, so the screen says "Loading" instead of "No tasks".
    var isLoading = true
    /// Moves typed before the first window arrived (F2 then G at once): with no rows the
    /// cursor cannot move, so they wait and are made on the rows once they are in.
    var movesBeforeLoading: [ListMove] = []
    /// The outcome of the last action ("Undid: completed #3 Buy groceries"), or an error.
    var notice: String?
    /// The field last saved, until its outcome or the next key: a refusal ("April has 30
    /// days") opens it again with what was typed, so nothing has to be typed twice.
    var saving: SavedField?

    struct SavedField: Hashable, Sendable {
        var field: TaskField
        var text: String
        var detail: TaskDetail?
    }

    var selectedTask: TodoTask? {
        window[selection.index]
    }
}
