import Foundation
internal import GRDB

/// The chattui database file, opened once per process and shared by every service.
///
/// Copies share one connection pool; the file closes when the last copy goes away.
/// Two processes may open the same file: WAL and a busy timeout make their writes
/// wait for each other instead of failing.
public struct AppDatabase: Sendable {
    /// The path the database was opened from, for messages.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating when missing) and migrates the database at `path`.
    ///
    /// Missing folders are created with mode 0700 and a missing file with 0600 before
    /// SQLite sees it, so the file never exists with a looser mode; SQLite gives its
    /// `-wal` and `-shm` companions the mode of the main file. A file migrated by a
    /// newer chattui is refused untouched rather than migrated.
    public static func open(path: String) throws -> AppDatabase {
        let created = try FileSetup.prepare(path: path)
        do {
            if !created {
                try refuseNewerSchema(path: path)
            }
            let pool = try DatabasePool(path: path, configuration: configuration())
            try migrate(pool)
            return AppDatabase(path: path, pool: pool)
        } catch let error as AppDatabaseError {
            throw error
        } catch {
            throw AppDatabaseError(openingPath: path, underlying: error)
        }
    }

    /// A counter that moves whenever another connection or process commits.
    ///
    /// `PRAGMA data_version` is per connection, so it is read on the single writer
    /// connection: this process's own writes do not move it, other processes' do.
    /// Poll it to learn when to reload what is on screen.
    public func externalChangeCounter() throws -> Int {
        try pool.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.label = "chattui"
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.maximumReaderCount = 2
        configuration.prepareDatabase { db in
            // 1 MiB per connection: pages are small and reads are index-bounded.
            try db.execute(sql: "PRAGMA cache_size = -1024")
        }
        return configuration
    }

    /// Checks the recorded migrations through a plain connection before any pool
    /// exists: opening a pool may write to the file (GRDB recreates the WAL with a
    /// throwaway table), and a newer chattui's file must be left exactly as it was.
    ///
    /// Both queries run in one read transaction: GRDB's own `hasBeenSuperseded` may
    /// see the table missing, then present, while another process creates it.
    private static func refuseNewerSchema(path: String) throws {
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        let applied = try queue.read { db -> Set<String> in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        try queue.close()
        if !applied.isSubset(of: Schema.migrator.migrations) {
            throw AppDatabaseError.newerSchema(path: path)
        }
    }

    /// When two processes open a fresh file at once, both may see v1 missing and the
    /// slower one's migration fails; if the schema is complete afterwards, that
    /// failure was the race and not a problem.
    private static func migrate(_ pool: DatabasePool) throws {
        let migrator = Schema.migrator
        do {
            try migrator.migrate(pool)
        } catch {
            guard try pool.read(migrator.hasCompletedMigrations) else { throw error }
        }
    }
}
