import Foundation
internal import PostgresNIO

/// The task review's windows on PostgreSQL: the same answers as `SQLiteTaskEditor.window`.
extension PostgresTaskEditor {
    /// Up to `before` matches in front of the anchor and `after` from it on, in `query`'s
    /// order, with the number of all matches and the anchor's position (its stored row's,
    /// when it still exists). Each side is one keyset page: a row comparison on the sort's
    /// key, which never holds a NULL (a missing due date sorts as `infinity`, after every
    /// date, as `due_at IS NULL, due_at` does: the column `due_key`), a column with an index
    /// of its own for every sort, so the comparison is the index scan's condition. `query.limit` is ignored.
    func window(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int, known: ListPosition?,
        total knownTotal: Int?
    ) throws -> ListWindow<TodoTask> {
        let total = try known?.total ?? knownTotal ?? count(query, beyond: nil)
        switch anchor {
        case .first:
            let items = try page(query, beyond: nil, forward: true, limit: after)
            return ListWindow(items: items, offset: 0, total: total, anchorIndex: 0)
        case .last:
            let items = try page(query, beyond: nil, forward: false, limit: before)
            return ListWindow(
                items: items.reversed(), offset: total - items.count, total: total, anchorIndex: max(0, total - 1))
        case .item(let shown):
            let task = (try? self.task(id: shown.id)) ?? shown
            let head = try page(query, beyond: task, forward: false, limit: before)
            let tail = try page(query, beyond: task, forward: true, limit: after)
            let position = try known?.anchorIndex ?? count(query, beyond: task)
            return ListWindow(
                items: head.reversed() + tail, offset: position - head.count, total: total, anchorIndex: position)
        }
    }

    /// The window without the count, so a new text filter paints before it is counted: as
    /// `SQLiteTaskEditor.uncountedWindow`, each side one keyset page.
    func uncountedWindow(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int
    ) throws -> UncountedWindow<TodoTask> {
        switch anchor {
        case .first:
            let items = try page(query, beyond: nil, forward: true, limit: after)
            return UncountedWindow(items: items, anchorOffset: 0, reachesStart: true, reachesEnd: items.count < after)
        case .last:
            let items = try page(query, beyond: nil, forward: false, limit: before)
            return UncountedWindow(
                items: items.reversed(), anchorOffset: max(0, items.count - 1), reachesStart: items.count < before,
                reachesEnd: true)
        case .item(let shown):
            let task = (try? self.task(id: shown.id)) ?? shown
            let head = try page(query, beyond: task, forward: false, limit: before)
            let tail = try page(query, beyond: task, forward: true, limit: after)
            return UncountedWindow(
                items: head.reversed() + tail, anchorOffset: head.count, reachesStart: head.count < before,
                reachesEnd: tail.count < after)
        }
    }

    /// The number of matches and the anchor's place among them: what `uncountedWindow` leaves out.
    func position(of anchor: WindowAnchor<TodoTask>, _ query: TaskQuery, total knownTotal: Int?) throws -> ListPosition {
        let total = try knownTotal ?? count(query, beyond: nil)
        switch anchor {
        case .first: return ListPosition(total: total, anchorIndex: 0)
        case .last: return ListPosition(total: total, anchorIndex: max(0, total - 1))
        case .item(let shown):
            let task = (try? self.task(id: shown.id)) ?? shown
            return ListPosition(total: total, anchorIndex: try count(query, beyond: task))
        }
    }

    /// All matches, or those in front of `anchor`.
    private func count(_ query: TaskQuery, beyond anchor: TodoTask?) throws -> Int {
        var statement = PostgresStatement("SELECT count(*) FROM tasks WHERE ")
        statement.append(try condition(query, in: &statement))
        if let anchor {
            statement.append(" AND " + Self.comparison(query.sort, "<", anchor, in: &statement))
        }
        return Int(try transaction.value(Int64.self, statement.query))
    }

    /// From the anchor (or an end) forward, the anchor included, or backward, nearest first.
    private func page(_ query: TaskQuery, beyond anchor: TodoTask?, forward: Bool, limit: Int) throws -> [TodoTask] {
        var statement = PostgresStatement("SELECT \(PostgresTaskRow.columns) FROM tasks WHERE ")
        statement.append(try condition(query, in: &statement))
        if let anchor {
            statement.append(" AND " + Self.comparison(query.sort, forward ? ">=" : "<", anchor, in: &statement))
        }
        let key = Self.key(query.sort)
        statement.append(" ORDER BY " + key.map { forward ? $0 : $0 + " DESC" }.joined(separator: ", "))
        statement.append(" LIMIT " + statement.bind(max(0, limit)))
        return try tasks(statement.query)
    }

    /// The sort's key over a row's columns, in `order(_:)`'s order.
    private static func key(_ sort: TaskSort) -> [String] {
        switch sort {
        case .created: ["id"]
        case .due: ["due_key", "id"]
        case .priority: ["priority_key", "id"]
        case .title: ["title_key", "id"]
        }
    }

    /// `(key) op (the task's key)`, the task's values bound and put through the expressions
    /// that compute the key columns (`PostgresSchema+SortKeys`).
    private static func comparison(
        _ sort: TaskSort, _ op: String, _ task: TodoTask, in statement: inout PostgresStatement
    ) -> String {
        let id = statement.bind(task.id)
        let value: String? = switch sort {
        case .created: nil
        case .due:
            "coalesce(\(statement.bind(PostgresTaskRow.stored(task.due?.sortInstant)))::timestamptz, 'infinity'::timestamptz)"
        case .priority:
            "(" + PostgresSchema.priorityRank.replacingOccurrences(
                of: "CASE priority", with: "CASE \(statement.bind(task.priority?.rawValue))::text") + ")"
        case .title:
            "(" + PostgresSchema.titleOrder.replacingOccurrences(
                of: "translate(title,", with: "translate(\(statement.bind(task.title))::text,") + ")"
        }
        let keys = key(sort).joined(separator: ", ")
        return "(\(keys)) \(op) (" + [value, "\(id)::bigint"].compactMap(\.self).joined(separator: ", ") + ")"
    }
}
