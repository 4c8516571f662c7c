internal import PostgresNIO

/// Brings a PostgreSQL database up to date, or refuses it untouched.
enum PostgresMigrator {
    /// Reads `chattui_migrations` first: a database recording a migration this build does
    /// not know is refused (`newerSchema`) before anything writes; an up-to-date one is
    /// left as it is, so any role may use it. Only the database owner migrates, in one
    /// transaction (PostgreSQL's DDL is transactional: all of it or none), under an
    /// advisory lock so two first runs at once migrate once.
    static func prepare(_ session: PostgresSession) throws {
        let known = PostgresSchema.migrations.map(\.name)
        if let applied = try session.statement(recordedNames) {
            guard Set(applied).isSubset(of: known) else { throw PostgresBackendError.newerSchema(url: session.redactedURL) }
            if Set(applied) == Set(known) { return }
        }
        try session.transaction { transaction in
            let owner = try transaction.value(String.self, """
                SELECT pg_get_userbyid(datdba)::text FROM pg_database WHERE datname = current_database()
                """)
            guard owner == session.sessionUser else {
                throw PostgresBackendError.notMigrated(url: session.redactedURL, owner: owner)
            }
            try transaction.execute("SELECT pg_advisory_xact_lock(\(lockKey))")
            for statement in PostgresSchema.migrationsTable {
                try transaction.execute(PostgresQuery(unsafeSQL: statement))
            }
            let applied = Set(try names(transaction))
            guard applied.isSubset(of: known) else { throw PostgresBackendError.newerSchema(url: session.redactedURL) }
            for migration in PostgresSchema.migrations where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try transaction.execute(PostgresQuery(unsafeSQL: statement))
                }
                try transaction.execute("INSERT INTO chattui_migrations (name) VALUES (\(migration.name))")
            }
        }
    }

    /// The names recorded, or nil when the table does not exist (a database chattui never
    /// used): one statement, as every chattui run asks it before anything else.
    static func recordedNames(_ transaction: PostgresTransaction) throws -> [String]? {
        do {
            return try names(transaction)
        } catch PostgresBackendError.server(_, state: undefinedTable) {
            return nil
        }
    }

    static func names(_ transaction: PostgresTransaction) throws -> [String] {
        try transaction.rows("SELECT name FROM public.chattui_migrations").map {
            try transaction.decode($0, column: 0, as: String.self)
        }
    }

    /// PostgreSQL's SQLSTATE for a table that does not exist.
    private static let undefinedTable = "42P01"

    /// Any fixed number: the advisory lock only has to be the same for every chattui.
    private static let lockKey: Int64 = 0x6368_6174_7475_69
}
