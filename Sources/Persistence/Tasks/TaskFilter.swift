internal import GRDB

/// A listing's query with its text search already decided, so that every statement of one
/// read uses the same decision and the index is asked once.
///
/// Deciding how to search (`SearchText.taskCondition`) counts the index's matches up to
/// 5,001: for a text every task holds, 1.5–2.5 ms at 100,000 tasks, most of the review's
/// rows for a new text filter when it was asked once per keyset page. Inside one read
/// transaction the answer cannot change, so a window or a count resolves its filter once.
struct TaskFilter {
    let query: TaskQuery
    /// The search's condition on `tasks`, and whether its rows come from the index's ids.
    let search: (sql: String, arguments: StatementArguments, fromIndex: Bool)?

    init(_ query: TaskQuery, in db: Database) throws {
        self.query = query
        search = try query.search.flatMap(SearchText.init)?.taskCondition(in: db)
    }

    /// Every condition of `query` but its text.
    init(leavingOutTheTextOf query: TaskQuery) {
        var unsearched = query
        unsearched.search = nil
        self.query = unsearched
        search = nil
    }
}
