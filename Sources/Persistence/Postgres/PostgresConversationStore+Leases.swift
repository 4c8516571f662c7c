import Foundation
internal import PostgresNIO

/// The per-conversation lease on PostgreSQL, where the copies that compete for it may run
/// on different machines.
///
/// A lease row names the holder's process id (for the "busy" message) and its server
/// connection (`backend_pid`). A process id means nothing on another machine, so whether
/// the holder is alive is the server's answer instead: its connection is still listed in
/// `pg_stat_activity`. A killed chattui's connection closes with it, so its lease is taken
/// over at once; a hung one is taken over when its heartbeat is older than `staleAfter`.
/// Taking the lease is one `INSERT … ON CONFLICT DO UPDATE … WHERE`, which locks the row it
/// conflicts with, so two copies racing for a free or stale lease cannot both win.
extension PostgresConversationStore {
    /// One statement, which takes the lease only for a conversation of the role's; when it
    /// takes nothing, a second one says why (no such conversation, or who holds it).
    func acquireLease(conversationID: Int64, pid: Int32, now: Date, staleAfter: TimeInterval) throws {
        let stale = now.addingTimeInterval(-staleAfter)
        let taken = try transaction.rows("""
            INSERT INTO conversation_leases AS held (conversation_id, owner_pid, heartbeat_at, backend_pid)
            SELECT id, \(pid), \(now), pg_backend_pid() FROM conversations
            WHERE id = \(conversationID) AND owner = \(unescaped: PostgresSchema.sessionOwner) AND deleted_at IS NULL
            ON CONFLICT (conversation_id) DO UPDATE
              SET owner_pid = excluded.owner_pid, heartbeat_at = excluded.heartbeat_at, backend_pid = excluded.backend_pid
              WHERE (held.owner_pid = excluded.owner_pid AND held.backend_pid = excluded.backend_pid)
                 OR held.heartbeat_at < \(stale)
                 OR NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = held.backend_pid)
            RETURNING conversation_id
            """)
        guard taken.isEmpty else { return }
        _ = try owned(conversationID)
        throw ConversationError.leaseHeld(conversationID: conversationID, ownerPID: try leaseHolder(conversationID)?.pid ?? 0)
    }

    func renewLease(conversationID: Int64, pid: Int32, now: Date) throws {
        let renewed = try transaction.rows("""
            UPDATE conversation_leases SET heartbeat_at = \(now)
            WHERE conversation_id = \(conversationID) AND owner_pid = \(pid) AND backend_pid = pg_backend_pid()
              AND owner = \(unescaped: PostgresSchema.sessionOwner)
            RETURNING conversation_id
            """)
        guard renewed.count == 1 else { throw ConversationError.leaseLost(conversationID: conversationID) }
    }

    func releaseLease(conversationID: Int64, pid: Int32) throws {
        try transaction.execute("""
            DELETE FROM conversation_leases
            WHERE conversation_id = \(conversationID) AND owner_pid = \(pid) AND backend_pid = pg_backend_pid()
              AND owner = \(unescaped: PostgresSchema.sessionOwner)
            """)
    }

    /// True when `pid`, on this connection, holds the conversation's lease.
    func holdsLease(_ conversationID: Int64, pid: Int32) throws -> Bool {
        try !transaction.rows("""
            SELECT FROM conversation_leases
            WHERE conversation_id = \(conversationID) AND owner_pid = \(pid) AND backend_pid = pg_backend_pid()
              AND owner = \(unescaped: PostgresSchema.sessionOwner)
            """).isEmpty
    }

    func leaseHolder(_ conversationID: Int64) throws -> LeaseHolder? {
        let row = try transaction.rows("""
            SELECT owner_pid, heartbeat_at FROM conversation_leases
            WHERE conversation_id = \(conversationID) AND owner = \(unescaped: PostgresSchema.sessionOwner)
            """).first
        return try row.map {
            LeaseHolder(
                pid: try transaction.decode($0, column: 0, as: Int32.self),
                heartbeat: try transaction.decode($0, column: 1, as: Date.self))
        }
    }
}
