internal import GRDB

extension SQLiteTaskEditor {
    /// Up to `before` matches in front of the anchor and `after` from it on, in `query`'s
    /// order, with the number of all matches and the anchor's position (its stored row's,
    /// when it still exists).
    ///
    /// Each side is a keyset page read from the listing index. The matches and the anchor's
    /// position are counted (a pass over index entries, no rows read: about 5 ms of CPU at
    /// 100,000) unless the rows reach both ends of the list, or `known` gives them, as it
    /// does while a list scrolls through rows whose place it already knows, or `total` gives
    /// the number of matches, as it does when only the order changed. `query.limit` is ignored.
    public func window(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int, known: ListPosition? = nil,
        total knownTotal: Int? = nil
    ) throws -> ListWindow<TodoTask> {
        let filter = try TaskFilter(query, in: db)
        let rows = try uncountedWindow(filter, around: anchor, before: before, after: after)
        if let position = known ?? rows.position { return rows.placed(at: position) }
        return rows.placed(at: try position(of: anchor, filter, total: knownTotal))
    }

    /// The rows `window` reads, without counting anything. A text most tasks hold is read
    /// with `denseRows`, which does not ask the index how common it is.
    public func uncountedWindow(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int
    ) throws -> UncountedWindow<TodoTask> {
        if let rows = try denseRows(query, around: anchor, before: before, after: after) { return rows }
        return try uncountedWindow(TaskFilter(query, in: db), around: anchor, before: before, after: after)
    }

    private func uncountedWindow(
        _ filter: TaskFilter, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int
    ) throws -> UncountedWindow<TodoTask> {
        let key = TaskSortKey(sort: filter.query.sort)
        switch anchor {
        case .first:
            let items = try tasks(filtered(filter).order(sql: key.order()).limit(max(0, after)))
            return UncountedWindow(items: items, anchorOffset: 0, reachesStart: true, reachesEnd: items.count < after)
        case .last:
            let items = try tasks(filtered(filter).order(sql: key.order(descending: true)).limit(max(0, before)))
            return UncountedWindow(
                items: items.reversed(), anchorOffset: max(0, items.count - 1), reachesStart: items.count < before,
                reachesEnd: true)
        case .item(let shown):
            let task = try stored(shown)
            let head = try keysetRows(filter, .before, task, limit: before)
            let tail = try keysetRows(filter, .atOrAfter, task, limit: after)
            return UncountedWindow(
                items: head.reversed() + tail, anchorOffset: head.count, reachesStart: head.count < before,
                reachesEnd: tail.count < after)
        }
    }

    /// The number of matches and the anchor's place among them: the count `uncountedWindow`
    /// leaves out. `total`, when given, is taken as the number of matches.
    public func position(of anchor: WindowAnchor<TodoTask>, _ query: TaskQuery, total knownTotal: Int? = nil) throws -> ListPosition {
        try position(of: anchor, TaskFilter(query, in: db), total: knownTotal)
    }

    private func position(of anchor: WindowAnchor<TodoTask>, _ filter: TaskFilter, total knownTotal: Int?) throws -> ListPosition {
        let total = try knownTotal ?? filtered(filter).fetchCount(db)
        switch anchor {
        case .first: return ListPosition(total: total, anchorIndex: 0)
        case .last: return ListPosition(total: total, anchorIndex: max(0, total - 1))
        case .item(let shown): return ListPosition(total: total, anchorIndex: try rowsInFront(of: stored(shown), filter))
        }
    }

    /// The row as stored now: a task whose due date or title just changed is found at its new
    /// place in the order, not where the caller last saw it.
    func stored(_ shown: TodoTask) throws -> TodoTask {
        (try? task(id: shown.id)) ?? shown
    }

    /// The rows on one side of `task`, nearest first, at most `limit`: the side's ranges
    /// read in turn, each stopping at what is still wanted.
    func keysetRows(_ filter: TaskFilter, _ side: TaskSortKey.Side, _ task: TodoTask, limit: Int) throws -> [TodoTask] {
        var rows: [TodoTask] = []
        for range in TaskSortKey(sort: filter.query.sort).ranges(side, of: task) where rows.count < limit {
            rows += try tasks(keysetPage(filter, range, descending: side == .before, limit: limit - rows.count))
        }
        return rows
    }

    /// One range of a side, in order (backwards in front of the task), up to `limit` rows.
    func keysetPage(
        _ filter: TaskFilter, _ range: TaskSortKey.Range, descending: Bool, limit: Int
    ) throws -> QueryInterfaceRequest<TaskRecord> {
        try filtered(filter).filter(sql: range.sql, arguments: range.arguments)
            .order(sql: range.order(descending: descending)).limit(max(0, limit))
    }

    /// How many matches come before `task`: the counts of the ranges in front of it.
    func rowsInFront(of task: TodoTask, _ filter: TaskFilter) throws -> Int {
        try TaskSortKey(sort: filter.query.sort).ranges(.before, of: task).reduce(0) { sum, range in
            try sum + filtered(filter).filter(sql: range.sql, arguments: range.arguments).fetchCount(db)
        }
    }
}
