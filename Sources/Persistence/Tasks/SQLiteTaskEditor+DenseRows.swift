internal import GRDB

extension SQLiteTaskEditor {
    /// How many rows of a range the scan may test before the index has to be asked.
    static let denseReach = 1_000

    /// The rows around `anchor` for a text most tasks hold, read without asking the index how
    /// common it is: each keyset page is tested with `LIKE` over at most `reach` rows of its
    /// range, in order. A page that fills there, or a range that ends there, is exactly what
    /// the index would give (`SearchText.scansAlike`); anything else gives nil and the caller
    /// decides through the index. For a text every task holds the probe was most of the rows'
    /// read (counting 5,001 matches of the index); its pages here each test a page's rows.
    func denseRows(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int, reach: Int = denseReach
    ) throws -> UncountedWindow<TodoTask>? {
        guard let text = query.search.flatMap(SearchText.init), text.scansAlike, case .item(let shown) = anchor else {
            return nil
        }
        let task = try stored(shown)
        let scan = text.scanCondition
        let reader = BoundedScan(filter: TaskFilter(leavingOutTheTextOf: query), scan: scan, reach: reach)
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
    let reach: Int

    /// The side's rows, nearest first, or nil when a range's first `reach` rows hold too few.
    func rows(_ side: TaskSortKey.Side, of task: TodoTask, limit: Int, in editor: SQLiteTaskEditor) throws -> [TodoTask]? {
        var rows: [TodoTask] = []
        for range in TaskSortKey(sort: filter.query.sort).ranges(side, of: task) where rows.count < limit {
            let wanted = limit - rows.count
            let stretch = try editor.filtered(filter).filter(sql: range.sql, arguments: range.arguments)
                .order(sql: range.order(descending: side == .before))
            let page = try page(of: stretch.limit(reach), order: range.order(descending: side == .before), wanted, editor)
            rows += page
            if page.count < wanted, try stretch.limit(reach).fetchCount(editor.db) >= reach { return nil }
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
