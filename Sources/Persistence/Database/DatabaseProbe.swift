import Foundation
internal import GRDB

/// What an existing file at the database path holds, found without changing it.
///
/// `--db` may name another program's SQLite file, and opening it as chattui does would
/// add our tables and switch it to WAL. So an existing file is only read here, through a
/// read-only connection that leaves no trace: a WAL-mode file that no process has open
/// (no `-wal` beside it) is opened `immutable`, since even a read-only connection would
/// otherwise create `-wal` and `-shm` files and could not remove them.
enum DatabaseProbe {
    enum Finding: Equatable {
        /// Nothing to keep: an empty file, an SQLite database without a single table, or
        /// one whose only table is an empty `grdb_migrations` (what a chattui migrating the
        /// same fresh file leaves between committing that table and its first migration).
        case blank
        /// A chattui database (its migrations table records v1), with the migrations it records.
        case chattui(applied: Set<String>)
        /// An SQLite database of another program.
        case foreign
        /// A file SQLite does not recognise.
        case notSQLite
    }

    static func inspect(path: String) throws -> Finding {
        // A process with the file open in WAL mode keeps `-wal` beside it. Without one,
        // reading the header ourselves cannot close a descriptor SQLite holds locks through.
        if !FileManager.default.fileExists(atPath: path + "-wal") {
            guard let header = try DatabaseHeader(path: path) else { return .blank }
            guard header.isSQLite else { return .notSQLite }
            if header.isWAL, let finding = try? inspect(location: immutableURI(path)) {
                return finding
            }
        }
        return try inspect(location: path)
    }

    private static func inspect(location: String) throws -> Finding {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: location, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            let tables = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            guard !tables.isEmpty else { return .blank }
            guard tables.contains("grdb_migrations") else { return .foreign }
            let applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
            if applied.isEmpty, tables == ["grdb_migrations"] { return .blank }
            return applied.contains("v1") ? .chattui(applied: applied) : .foreign
        }
    }

    /// An SQLite URI for reading `path` with no locks and no companion files; SQLite
    /// builds that do not take URIs fail to open it, and the plain path is used instead.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
        return "file:\(escaped)?immutable=1"
    }
}
