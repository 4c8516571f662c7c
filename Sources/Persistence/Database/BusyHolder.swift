import Foundation
internal import GRDB

/// Who is holding the write lock, as far as chattui can tell, for the "busy" message.
///
/// SQLite does not say which process holds a lock. A chattui running a turn keeps a
/// lease row with its pid, so a live lease of another process names it; any other
/// writer (a script, a database browser, a chattui between turns) stays "another process".
enum BusyHolder {
    /// Reads the leases through a read-only connection, which a writer never blocks in
    /// WAL mode; nil when no other live chattui holds one or the file cannot be read.
    static func describe(path: String) -> String? {
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        defer { try? queue.close() }
        let rows = try? queue.read { db in
            try Row.fetchAll(
                db, sql: "SELECT conversation_id, owner_pid FROM conversation_leases ORDER BY heartbeat_at DESC")
        }
        let holder = (rows ?? []).lazy
            .map { (conversation: $0["conversation_id"] as Int64, pid: $0["owner_pid"] as Int32) }
            .first { $0.pid != getpid() && ConversationService.isAlive($0.pid) }
        return holder.map { "chattui (pid \($0.pid), running a turn in conversation \($0.conversation))" }
    }
}
