internal import GRDB

extension TaskService {
    /// Every match of `query`, handed to `body` in order a batch at a time as it is read, in
    /// one read transaction: what `chattui tasks --json` prints without first holding every
    /// task in memory. Returns the count and whether the limit cut the listing short.
    ///
    /// PostgreSQL reads its page as ``list(_:)`` does and hands it over as one batch.
    public func stream(
        _ query: TaskQuery, batchSize: Int = 500, _ body: ([TodoTask]) throws -> Void
    ) throws -> TaskStreamSummary {
        if case .postgres = database.backend {
            let page = try list(query)
            try body(page.tasks)
            return TaskStreamSummary(count: page.count, listed: page.tasks.count)
        }
        return try database.pool.read { db in
            try SQLiteTaskEditor(db: db, user: user, clock: clock, source: source)
                .stream(query, batchSize: max(1, batchSize), body)
        }
    }
}
