internal import GRDB

extension SQLiteTaskEditor {
    /// Every match of `query` in its order, read through one cursor and handed to `body`
    /// `batchSize` tasks at a time (with their tags), so a listing of 100,000 tasks never
    /// holds more than one batch.
    ///
    /// Without a limit or an offset the count is the number of rows read; with either it is
    /// counted first, as ``list(_:)`` does, inside the same read transaction.
    func stream(_ query: TaskQuery, batchSize: Int, _ body: ([TodoTask]) throws -> Void) throws -> TaskStreamSummary {
        let filter = try TaskFilter(query, in: db)
        let count = query.limit == nil && query.offset == 0 ? nil : try filtered(filter).fetchCount(db)
        let cursor = try pageRequest(filter).fetchCursor(db)
        var batch: [TaskRecord] = []
        batch.reserveCapacity(batchSize)
        var listed = 0
        func handOver() throws {
            let tags = try tagsByTask(batch.compactMap(\.id))
            try body(batch.map { $0.task(tags: $0.id.flatMap { tags[$0] } ?? []) })
            listed += batch.count
            batch.removeAll(keepingCapacity: true)
        }
        while let record = try cursor.next() {
            batch.append(record)
            if batch.count >= batchSize { try handOver() }
        }
        if !batch.isEmpty { try handOver() }
        return TaskStreamSummary(count: count ?? listed, listed: listed)
    }
}
