internal import GRDB

/// What an ``AppDatabase`` is open on: a SQLite file's pool or a PostgreSQL connection.
enum AppDatabaseBackend: Sendable {
    case sqlite(DatabasePool)
    case postgres(PostgresSession)
}

extension AppDatabase {
    init(path: String, pool: DatabasePool) {
        self.init(path: path, backend: .sqlite(pool))
    }

    /// The SQLite pool; on PostgreSQL the services that do not run there yet say so
    /// instead of reaching for a file that is not there.
    var pool: DatabasePool {
        get throws {
            switch backend {
            case .sqlite(let pool): return pool
            case .postgres: throw PostgresBackendError.notYetSupported("This command")
            }
        }
    }

    /// True for a PostgreSQL database.
    public var isPostgres: Bool {
        if case .postgres = backend { return true }
        return false
    }

    /// On PostgreSQL, the role that connected: whose rows this database shows. Nil on SQLite,
    /// where the user is chattui's own setting.
    public var connectedUser: UserID? {
        guard case .postgres(let session) = backend else { return nil }
        return UserID(session.sessionUser)
    }
}
