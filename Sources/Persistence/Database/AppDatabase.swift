import Foundation
internal import GRDB

/// The chattui database file, opened once per process and shared by every service.
///
/// Copies share one connection pool; the file closes when the last copy goes away.
/// Two processes may open the same file: WAL and a busy timeout make their writes
/// wait for each other instead of failing.
public struct AppDatabase: Sendable {
    /// The path the database was opened from, or its URL with the password masked: for messages.
    public let path: String
    let backend: AppDatabaseBackend

    /// How a command will use the database: reading only, or reading and writing.
    public enum Access: Sendable {
        case readWrite
        /// Needs no write lock once the file is up to date, so it is never held up by a
        /// writer in another process (WAL readers do not wait for writers).
        case readOnly
    }

    /// Opens the database at `path`, creating and migrating it when missing or empty.
    ///
    /// Missing folders are created with mode 0700 and a missing file with 0600 before
    /// SQLite sees it, so the file never exists with a looser mode; SQLite gives its
    /// `-wal` and `-shm` companions the mode of the main file. An existing file is first
    /// read without being changed (`DatabaseProbe`): another program's database, or one
    /// migrated by a newer chattui, is refused untouched. Migrations run, under the write
    /// lock, only when one is due; otherwise a `.readOnly` open takes no write lock at all.
    ///
    /// SQLite may answer SQLITE_BUSY at once, without its busy timeout, while another
    /// process sets up the same fresh file (switching it to WAL, or between two migrations):
    /// such an open is tried again until the busy timeout has passed.
    public static func open(path: String, access: Access = .readWrite) throws -> AppDatabase {
        var created = try FileSetup.prepare(path: path)
        let deadline = Date().addingTimeInterval(TimeInterval(busyTimeoutSeconds))
        while true {
            do {
                return try open(path: path, created: created, access: access)
            } catch AppDatabaseError.busy where Date() < deadline {
                created = false
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    private static func open(path: String, created: Bool, access: Access) throws -> AppDatabase {
        do {
            let finding = created ? .blank : try DatabaseProbe.inspect(path: path)
            let known = Set(Schema.migrator.migrations)
            switch finding {
            case .notSQLite:
                throw AppDatabaseError.notADatabase(path: path)
            case .foreign:
                throw AppDatabaseError.notChattui(path: path)
            case .chattui(let applied) where !applied.isSubset(of: known):
                throw AppDatabaseError.newerSchema(path: path)
            case .chattui(let applied) where applied == known:
                return try openMigrated(path: path, access: access)
            case .blank, .chattui:
                guard !FileSetup.isOnReadOnlyStorage(path) else { throw AppDatabaseError.readOnlyStorage(path: path) }
                let pool = try DatabasePool(path: path, configuration: configuration(readOnly: false))
                try migrate(pool)
                return AppDatabase(path: path, pool: pool)
            }
        } catch let error as AppDatabaseError {
            throw error
        } catch {
            throw AppDatabaseError(openingPath: path, underlying: error)
        }
    }

    /// On read-only storage SQLite cannot create the `-shm` file a WAL reader needs, so a
    /// file no process has open there (no `-wal` beside it) is read `immutable`: nothing can
    /// change it while it is mounted that way.
    private static func openMigrated(path: String, access: Access) throws -> AppDatabase {
        guard FileSetup.isOnReadOnlyStorage(path) else {
            let pool = try DatabasePool(path: path, configuration: configuration(readOnly: access == .readOnly))
            return AppDatabase(path: path, pool: pool)
        }
        guard access == .readOnly else { throw AppDatabaseError.readOnlyStorage(path: path) }
        let location = FileManager.default.fileExists(atPath: path + "-wal") ? path : DatabaseProbe.immutableURI(path)
        return AppDatabase(path: path, pool: try DatabasePool(path: location, configuration: configuration(readOnly: true)))
    }

    /// How long a write waits for another process's write lock before giving up.
    public static let busyTimeoutSeconds = 5

    /// A counter that moves whenever another connection or process commits.
    ///
    /// `PRAGMA data_version` is per connection, so it is read on the single writer
    /// connection: this process's own writes do not move it, other processes' do.
    /// Poll it to learn when to reload what is on screen. On PostgreSQL it counts the
    /// change notices of the connecting role's writes from other connections, on any
    /// machine (`PostgresChangeListener`); the first reading starts listening.
    public func externalChangeCounter() throws -> Int {
        if case .postgres(let session) = backend { return try session.changes.counter(session) }
        return try pool.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        }
    }

    /// A read-only pool skips GRDB's WAL set-up, which may write to the file and so
    /// would wait for the write lock.
    private static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.label = "chattui"
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(TimeInterval(busyTimeoutSeconds))
        configuration.maximumReaderCount = 2
        configuration.prepareDatabase { db in
            // 1 MiB per connection: pages are small and reads are index-bounded.
            try db.execute(sql: "PRAGMA cache_size = -1024")
        }
        return configuration
    }

    /// When two processes open a fresh file at once, both may see v1 missing and the
    /// slower one's migration fails; if the schema is complete afterwards, that
    /// failure was the race and not a problem.
    ///
    /// Each migration commits on its own, so the loser may fail on any of them while the
    /// winner is still running later ones: it tries again, reading what is applied by
    /// then, and every attempt that fails does so because another one made progress.
    private static func migrate(_ pool: DatabasePool) throws {
        let migrator = Schema.migrator
        var attempts = 0
        while true {
            do {
                return try migrator.migrate(pool)
            } catch {
                if try pool.read(migrator.hasCompletedMigrations) { return }
                attempts += 1
                guard attempts <= migrator.migrations.count else { throw error }
            }
        }
    }
}
