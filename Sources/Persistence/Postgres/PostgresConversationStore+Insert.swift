import Foundation
internal import PostgresNIO

/// Storing messages on PostgreSQL a batch per statement (`PostgresMessageBatch`).
extension PostgresConversationStore {
    /// Inserts each message stamped with its own moment and moves the conversation's
    /// `updated_at` to the latest of them and its counters, a statement per
    /// ``PostgresMessageBatch/capacity`` messages (one for a turn's). `GREATEST` and the
    /// increments read the row as the UPDATE locks it, so a concurrent writer (the chat
    /// screen saving while a turn runs elsewhere) never moves the time back or loses a
    /// count. Throws `notFound` for a conversation that is not the role's, and `leaseLost`
    /// when `lease` is no longer this connection's, checked in the first batch's statement.
    @discardableResult
    func insert(
        _ messages: some Sequence<(NewMessage, Date)>, to id: Int64, renewing lease: LeaseRenewal? = nil,
        keepingResults: Bool
    ) throws -> [StoredMessage] {
        var stored: [StoredMessage] = []
        var batch = PostgresMessageBatch()
        var sent = false
        for (message, moment) in messages {
            try batch.add(message, at: PostgresTaskRow.stored(moment) ?? moment)
            if batch.isFull {
                stored += try send(batch, to: id, renewing: lease, keepingResults: keepingResults)
                batch = PostgresMessageBatch()
                sent = true
            }
        }
        if !batch.isEmpty || !sent {
            stored += try send(batch, to: id, renewing: lease, keepingResults: keepingResults)
        }
        return stored
    }

    private func send(
        _ batch: PostgresMessageBatch, to id: Int64, renewing lease: LeaseRenewal?, keepingResults: Bool
    ) throws -> [StoredMessage] {
        guard !batch.isEmpty else {
            if let lease { try renewLease(conversationID: id, pid: lease.pid, now: lease.now) }
            _ = try owned(id)
            return []
        }
        let rows = try transaction.rows(batch.query(to: id, renewing: lease, keepingResults: keepingResults))
        guard rows.isEmpty else { return keepingResults ? try rows.map(PostgresMessageRow.message) : [] }
        // Nothing was written: say why, the lease first, as a turn checks it first.
        if let lease, try !holdsLease(id, pid: lease.pid) {
            throw ConversationError.leaseLost(conversationID: id)
        }
        _ = try owned(id)
        throw PostgresBackendError.server(message: "a message insert returned no row", state: "02000")
    }
}
