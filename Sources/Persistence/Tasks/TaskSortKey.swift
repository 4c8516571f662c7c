internal import GRDB

/// A task order as SQL: the ORDER BY terms, and the ranges that hold the rows after (or
/// before) a given task, so the next page starts where the last one ended without an
/// OFFSET that reads every row in front of it.
///
/// The terms are the ones the listing indexes hold, so a keyset page walks an index in
/// order and stops at its limit.
struct TaskSortKey {
    let sort: TaskSort

    enum Side {
        case before, atOrAfter
    }

    /// Every order breaks ties by id, so the key of a task is unique.
    func order(descending: Bool = false) -> String {
        terms.map { descending ? "\($0) DESC" : $0 }.joined(separator: ", ")
    }

    /// One stretch of the order on one side of a task: a condition SQLite finds as a range of
    /// the order's index, and the ORDER BY terms that vary inside it.
    struct Range {
        var sql: String
        var arguments: StatementArguments
        var order: [String]

        func order(descending: Bool) -> String {
            order.map { descending ? "\($0) DESC" : $0 }.joined(separator: ", ")
        }
    }

    /// The rows on one side of `task` as disjoint ranges, nearest the task first: read one
    /// after another they give the order, and their counts add up to the rows on that side.
    ///
    /// One row-value comparison says the same, but SQLite seeks with it only by id: by due
    /// date, priority or title it walked the index from one end and compared every entry up
    /// to the task, so a page or a count cost the task's distance from that end. A range
    /// that fixes the leading terms orders by the others only, or SQLite would sort it.
    /// (`Schema`'s listing indexes hold `due_at IS NULL` as a column; the ranges name it the
    /// same way.)
    func ranges(_ side: Side, of task: TodoTask) -> [Range] {
        let after = side == .atOrAfter
        let (same, beyond) = after ? ("id >= ?", ">") : ("id < ?", "<")
        switch sort {
        case .created:
            return [Range(sql: same, arguments: [task.id], order: ["id"])]
        case .due:
            // `due_at IS NULL` again, as a term on the index's `due_at`, lets SQLite seek to
            // an id among the undated rows instead of walking them.
            let dated = "(due_at IS NULL) = 0", undated = "(due_at IS NULL) = 1 AND due_at IS NULL"
            guard let due = task.due?.sortInstant else {
                let undatedSide = Range(sql: "\(undated) AND \(same)", arguments: [task.id], order: ["id"])
                return after ? [undatedSide] : [undatedSide, Range(sql: dated, arguments: [], order: ["due_at", "id"])]
            }
            let ranges = [
                Range(sql: "\(dated) AND due_at = ? AND \(same)", arguments: [due, task.id], order: ["id"]),
                Range(sql: "\(dated) AND due_at \(beyond) ?", arguments: [due], order: ["due_at", "id"]),
            ]
            return after ? ranges + [Range(sql: undated, arguments: [], order: ["id"])] : ranges
        case .priority:
            let rank = Self.rank(of: task.priority)
            return [
                Range(sql: "\(Self.priorityRank) = ? AND \(same)", arguments: [rank, task.id], order: ["id"]),
                Range(sql: "\(Self.priorityRank) \(beyond) ?", arguments: [rank], order: [Self.priorityRank, "id"]),
            ]
        case .title:
            return [
                Range(sql: "\(Self.titleOrder) = ? AND \(same)", arguments: [task.title, task.id], order: ["id"]),
                Range(sql: "\(Self.titleOrder) \(beyond) ?", arguments: [task.title], order: [Self.titleOrder, "id"]),
            ]
        }
    }

    private var terms: [String] {
        switch sort {
        case .created: ["id"]
        case .due: ["due_at IS NULL", "due_at", "id"]
        case .priority: [Self.priorityRank, "id"]
        case .title: [Self.titleOrder, "id"]
        }
    }

    private static let priorityRank = "CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END"
    /// ASCII case folded only: the `tasks_by_title` indexes hold this order (see `Schema`).
    private static let titleOrder = "title COLLATE NOCASE"

    private static func rank(of priority: Priority?) -> Int {
        switch priority {
        case .high: 0
        case .medium: 1
        case .low: 2
        case nil: 3
        }
    }
}
