internal import GRDB

/// A task order as SQL: the ORDER BY terms, and the row-value condition that keeps only the
/// rows after (or before) a given task, so the next page starts where the last one ended
/// without an OFFSET that reads every row in front of it.
///
/// The terms are the ones the listing indexes hold, so a keyset page walks an index in
/// order and stops at its limit.
struct TaskSortKey {
    let sort: TaskSort

    enum Side: String {
        case before = "<"
        case atOrAfter = ">="
    }

    /// Every order breaks ties by id, so the key of a task is unique.
    func order(descending: Bool = false) -> String {
        terms.map { descending ? "\($0) DESC" : $0 }.joined(separator: ", ")
    }

    func condition(_ side: Side, of task: TodoTask) -> (sql: String, arguments: StatementArguments) {
        let op = side.rawValue
        switch sort {
        case .created:
            return ("id \(op) ?", [task.id])
        case .due:
            // Undated rows come last; their due_at is NULL, which a row value cannot compare,
            // so an undated anchor compares only the "is undated" flag and the id.
            guard let due = task.due else { return ("(due_at IS NULL, id) \(op) (1, ?)", [task.id]) }
            return ("(due_at IS NULL, due_at, id) \(op) (0, ?, ?)", [due.sortInstant, task.id])
        case .priority:
            return ("(\(Self.priorityRank), id) \(op) (?, ?)", [Self.rank(of: task.priority), task.id])
        case .title:
            return ("(\(Self.titleOrder), id) \(op) (?, ?)", [task.title, task.id])
        }
    }

    /// The rows before `task` as disjoint conditions, each a range SQLite can find on the
    /// order's index (`Schema`'s listing indexes hold `due_at IS NULL` as a column, so the
    /// conditions name it the same way).
    func front(of task: TodoTask) -> [(sql: String, arguments: StatementArguments)] {
        switch sort {
        case .created:
            return [("id < ?", [task.id])]
        case .due:
            guard let due = task.due else {
                return [("(due_at IS NULL) = 0", []), ("(due_at IS NULL) = 1 AND id < ?", [task.id])]
            }
            return [
                ("(due_at IS NULL) = 0 AND due_at < ?", [due.sortInstant]),
                ("(due_at IS NULL) = 0 AND due_at = ? AND id < ?", [due.sortInstant, task.id]),
            ]
        case .priority:
            let rank = Self.rank(of: task.priority)
            return [("\(Self.priorityRank) < ?", [rank]), ("\(Self.priorityRank) = ? AND id < ?", [rank, task.id])]
        case .title:
            return [
                ("\(Self.titleOrder) < ?", [task.title]),
                ("\(Self.titleOrder) = ? AND id < ?", [task.title, task.id]),
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
