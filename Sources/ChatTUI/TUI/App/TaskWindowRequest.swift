import Persistence

/// A window of the review's list to read: the query, where to read from, and how far each way.
struct TaskWindowRequest: Hashable, Sendable {
    var query: TaskQuery
    var anchor: WindowAnchor<TodoTask>
    var before: Int
    var after: Int
    /// A reload that keeps the cursor on the anchor (or the place it held); a page fetched
    /// while scrolling leaves the cursor where the keys put it.
    var keepsSelection: Bool
    /// The list's size and the anchor's place when the review already knows them (scrolling),
    /// so the window is read without counting; nil after a change, when both are counted.
    var known: ListPosition?
    /// The number of matches when only the order changed (a new sort of a list whose size is
    /// known): the reload then counts only the cursor's new place.
    var total: Int? = nil

    /// Rows read each way: a few screens, so most keys repaint from what is loaded, and a
    /// page key never moves past what the next window reaches.
    static func reach(height: Int) -> Int {
        max(50, height * 3)
    }
}

/// The count a new text filter leaves until its rows are shown: all matches of `query`, and
/// where the rows' anchor sits among them.
struct TaskCountRequest: Hashable, Sendable {
    var query: TaskQuery
    var anchor: WindowAnchor<TodoTask>
}
