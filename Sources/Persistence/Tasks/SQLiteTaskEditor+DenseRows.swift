internal import GRDB

extension SQLiteTaskEditor {
    /// The rows around `anchor` for a text most tasks hold, read without asking the index how
    /// common it is: each keyset page is tested with `LIKE` over a stretch of its range, in
    /// order, `stretch` times as long as the rows still wanted. A page that fills there, or a
    /// range that ends there, is exactly what the index would give (`SearchText.scansAlike`);
    /// anything else gives nil and the caller decides through the index. For a text every
    /// task holds, that probe (counting 5,001 of the index's matches, 1.5–2.5 ms at 100,000
    /// tasks) was most of the rows' read; a stretch of twice a page costs about a tenth.
    /// The stretch is read whole (SQLite sorts it again), so it is kept short: a text fewer
    /// than half the tasks hold is left to the index.
    func denseRows(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int, stretch: Int = 2
    ) throws -> UncountedWindow<TodoTask>? {
        guard let text = query.search.flatMap(SearchText.init), text.scansAlike, case .item(let shown) = anchor else {
            return nil
        }
        let task = try stored(shown)
        let reader = BoundedScan(filter: TaskFilter(leavingOutTheTextOf: query), scan: text.scanCondition, stretch: stretch)
        guard let head = try reader.rows(.before, of: task, limit: before, in: self),
            let tail = try reader.rows(.atOrAfter, of: task, limit: after, in: self)
        else { return nil }
        return UncountedWindow(
            items: head.reversed() + tail, anchorOffset: head.count, reachesStart: head.count < before,
            reachesEnd: tail.count < after)
    }
}

/// Keyset pages tested with `LIKE` over a bounded stretch of each range (see `denseRows`).
private struct BoundedScan {
    let filter: TaskFilter
    let scan: (sql: String, arguments: StatementArguments)
    let stretch: Int

    /// The side's rows, nearest first, or nil when a range's stretch holds too few.
    func rows(_ side: TaskSortKey.Side, of task: TodoTask, limit: Int, in editor: SQLiteTaskEditor) throws -> [TodoTask]? {
        var rows: [TodoTask] = []
        for range in TaskSortKey(sort: filter.query.sort).ranges(side, of: task) where rows.count < limit {
            let wanted = limit - rows.count
            let order = range.order(descending: side == .before)
            let reach = wanted * stretch
            let stretched = try editor.filtered(filter).filter(sql: range.sql, arguments: range.arguments)
                .order(sql: order).limit(reach)
            let page = try page(of: stretched, order: order, wanted, editor)
            rows += page
            if page.count < wanted, try stretched.fetchCount(editor.db) >= reach { return nil }
        }
        return rows
    }

    /// The first `limit` rows of `stretch` that hold the text, in `order`.
    private func page(
        of stretch: QueryInterfaceRequest<TaskRecord>, order: String, _ limit: Int, _ editor: SQLiteTaskEditor
    ) throws -> [TodoTask] {
        let inner = try stretch.makePreparedRequest(editor.db, forSingleResult: false).statement
        var arguments = inner.arguments
        arguments += scan.arguments
        arguments += [limit]
        let records = try TaskRecord.fetchAll(
            editor.db, sql: "SELECT * FROM (\(inner.sql)) AS tasks WHERE \(scan.sql) ORDER BY \(order) LIMIT ?",
            arguments: arguments)
        return try editor.withTags(records)
    }
}
