import Foundation
internal import GRDB

/// A per-conversation lease, so that two running copies never interleave turns.
///
/// The holder renews the heartbeat while a turn runs. A lease may be taken over when
/// its heartbeat is older than `staleAfter` or its process is gone, so a crash never
/// locks a conversation for good. On PostgreSQL whether the holder lives is the server's
/// answer, not the pid's (`PostgresConversationStore+Leases`).
extension ConversationService {
    /// Takes the lease for `pid`, or renews it if `pid` already holds it.
    public func acquireLease(conversationID: Int64, pid: Int32, now: Date, staleAfter: TimeInterval) throws {
        try writing(
            .statement, sqlite: { try acquireLease(conversationID: conversationID, pid: pid, now: now, staleAfter: staleAfter, in: $0) },
            postgres: { try $0.acquireLease(conversationID: conversationID, pid: pid, now: now, staleAfter: staleAfter) })
    }

    /// Moves the heartbeat forward; throws if another process has taken the lease.
    public func renewLease(conversationID: Int64, pid: Int32, now: Date) throws {
        try writing(
            .statement, sqlite: { try renewLease(conversationID: conversationID, pid: pid, now: now, in: $0) },
            postgres: { try $0.renewLease(conversationID: conversationID, pid: pid, now: now) })
    }

    /// Gives the lease up if `pid` holds it; releasing a lease one does not hold does nothing.
    public func releaseLease(conversationID: Int64, pid: Int32) throws {
        try writing(
            .statement, sqlite: { try releaseLease(conversationID: conversationID, pid: pid, in: $0) },
            postgres: { try $0.releaseLease(conversationID: conversationID, pid: pid) })
    }

    /// Who holds the conversation's lease and when it last said so, or nil when nobody does:
    /// what a "conversation N is busy" message names, and how a heartbeat is seen to move.
    public func leaseHolder(conversationID: Int64) throws -> LeaseHolder? {
        try reading(
            .statement, sqlite: { db in
                try Row.fetchOne(
                    db, sql: "SELECT owner_pid, heartbeat_at FROM conversation_leases WHERE conversation_id = ?",
                    arguments: [conversationID]
                ).map { LeaseHolder(pid: $0["owner_pid"], heartbeat: $0["heartbeat_at"]) }
            },
            postgres: { try $0.leaseHolder(conversationID) })
    }

    func acquireLease(
        conversationID: Int64, pid: Int32, now: Date, staleAfter: TimeInterval, in db: Database
    ) throws {
        _ = try ConversationRecord.owned(id: conversationID, user: user, in: db)
        let holder = try Row.fetchOne(
            db, sql: "SELECT owner_pid, heartbeat_at FROM conversation_leases WHERE conversation_id = ?",
            arguments: [conversationID])
        if let holder {
            let owner: Int32 = holder["owner_pid"]
            let heartbeat: Date = holder["heartbeat_at"]
            let stale = now.timeIntervalSince(heartbeat) > staleAfter || !Self.isAlive(owner)
            guard owner == pid || stale else {
                throw ConversationError.leaseHeld(conversationID: conversationID, ownerPID: owner)
            }
        }
        try db.execute(
            sql: """
                INSERT INTO conversation_leases (conversation_id, owner_pid, heartbeat_at) VALUES (?, ?, ?)
                ON CONFLICT (conversation_id) DO UPDATE SET owner_pid = excluded.owner_pid,
                  heartbeat_at = excluded.heartbeat_at
                """,
            arguments: [conversationID, pid, now])
    }

    func renewLease(conversationID: Int64, pid: Int32, now: Date, in db: Database) throws {
        try db.execute(
            sql: "UPDATE conversation_leases SET heartbeat_at = ? WHERE conversation_id = ? AND owner_pid = ?",
            arguments: [now, conversationID, pid])
        guard db.changesCount == 1 else { throw ConversationError.leaseLost(conversationID: conversationID) }
    }

    func releaseLease(conversationID: Int64, pid: Int32, in db: Database) throws {
        try db.execute(
            sql: "DELETE FROM conversation_leases WHERE conversation_id = ? AND owner_pid = ?",
            arguments: [conversationID, pid])
    }

    /// `kill(pid, 0)` probes without signalling; EPERM means alive but not ours.
    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}

/// The process holding a conversation's lease.
public struct LeaseHolder: Hashable, Sendable {
    public var pid: Int32
    public var heartbeat: Date
}
