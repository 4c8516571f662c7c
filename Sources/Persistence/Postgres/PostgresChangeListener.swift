import Foundation
internal import PostgresNIO

/// Counts the change notices other connections send for the connecting role: what
/// ``AppDatabase/externalChangeCounter()`` reads on PostgreSQL in place of SQLite's
/// `PRAGMA data_version`, so the chat screen notices another machine's writes with the
/// same poll that notices another process's on one machine.
///
/// It listens on the session's own connection (`LISTEN` on the role's channel,
/// `PostgresSchema.changeNotices`); postgres-nio hands each notice to the handler on its
/// event loop whenever it arrives, while the connection is idle between transactions. A
/// notice sent by this very connection (a turn or an edit of this chattui) is not
/// counted, as `data_version` does not count a connection's own commits.
final class PostgresChangeListener: @unchecked Sendable {
    /// Guards `heard`, which the event loop's handler moves.
    private let lock = NSLock()
    /// Held while the first reading starts listening, so it starts once.
    private let starting = NSLock()
    private var heard = 0
    private var listening = false

    /// How many notices from other connections have arrived since the first call: it moves
    /// when someone else commits. The first call starts listening and answers 0, the baseline.
    func counter(_ session: PostgresSession) throws -> Int {
        try starting.withLock {
            if !listening {
                try listen(session)
                listening = true
            }
        }
        return lock.withLock { heard }
    }

    private func listen(_ session: PostgresSession) throws {
        let (channel, ownPID) = try session.transaction { transaction in
            let rows = try transaction.rows("SELECT 'chattui_' || md5(session_user), pg_backend_pid()")
            guard let row = rows.first else { throw PostgresBackendError.server(message: "no channel", state: "02000") }
            return (try transaction.decode(row, column: 0, as: String.self), try transaction.decode(row, column: 1, as: Int32.self))
        }
        session.connection.addListener(channel: channel) { [weak self] _, notice in
            guard let self, notice.backendPID != ownPID else { return }
            lock.withLock { heard += 1 }
        }
        // postgres-nio queues its own LISTEN as the handler is added; this one runs after it
        // on the same connection, so listening has begun when it returns. The channel is hex
        // after a fixed prefix, safe as an identifier.
        try session.transaction { try $0.execute(PostgresQuery(unsafeSQL: "LISTEN \(channel)")) }
    }
}
