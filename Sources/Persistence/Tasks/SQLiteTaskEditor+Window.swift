internal import GRDB

extension SQLiteTaskEditor {
    /// Up to `before` matches in front of the anchor and `after` from it on, in `query`'s
    /// order, with the number of all matches and the anchor's position (its stored row's,
    /// when it still exists).
    ///
    /// Each side is a keyset page read from the listing index. The matches and the anchor's
    /// position are counted (a pass over index entries, no rows read: about 10 ms at
    /// 100,000) unless `known` gives them, as it does while a list scrolls through rows whose
    /// place it already knows. `query.limit` is ignored.
    public func window(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int, known: ListPosition? = nil
    ) throws -> ListWindow<TodoTask> {
        let key = TaskSortKey(sort: query.sort)
        let total = try known?.total ?? filtered(query).fetchCount(db)
        switch anchor {
        case .first:
            let items = try tasks(filtered(query).order(sql: key.order()).limit(max(0, after)))
            return ListWindow(items: items, offset: 0, total: total, anchorIndex: 0)
        case .last:
            let items = try tasks(filtered(query).order(sql: key.order(descending: true)).limit(max(0, before)))
            return ListWindow(
                items: items.reversed(), offset: total - items.count, total: total, anchorIndex: max(0, total - 1))
        case .item(let shown):
            // The row as stored now: a task whose due date or title just changed is found
            // at its new place in the order, not where the caller last saw it.
            let task = (try? self.task(id: shown.id)) ?? shown
            let head = try tasks(keysetPage(query, .before, task, limit: before))
            let tail = try tasks(keysetPage(query, .atOrAfter, task, limit: after))
            let front = key.condition(.before, of: task)
            let position = try known?.anchorIndex
                ?? filtered(query).filter(sql: front.sql, arguments: front.arguments).fetchCount(db)
            return ListWindow(
                items: head.reversed() + tail, offset: position - head.count, total: total, anchorIndex: position)
        }
    }

    /// The rows on one side of `task`, nearest first: the page in front of it is read
    /// backwards, so it too stops after `limit` rows.
    func keysetPage(
        _ query: TaskQuery, _ side: TaskSortKey.Side, _ task: TodoTask, limit: Int
    ) throws -> QueryInterfaceRequest<TaskRecord> {
        let key = TaskSortKey(sort: query.sort)
        let condition = key.condition(side, of: task)
        return try filtered(query).filter(sql: condition.sql, arguments: condition.arguments)
            .order(sql: key.order(descending: side == .before)).limit(max(0, limit))
    }
}
