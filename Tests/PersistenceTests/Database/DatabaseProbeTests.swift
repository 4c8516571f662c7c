import Foundation
import GRDB
import Testing
@testable import Persistence

/// `--db` pointed at another program's SQLite file must leave it exactly as it was.
struct DatabaseProbeTests {
    /// Another program's database with a `tasks` table of its own, closed cleanly.
    private func foreignDatabase(at path: String, wal: Bool) throws {
        var configuration = Configuration()
        configuration.journalMode = wal ? .wal : .default
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE tasks (id INTEGER PRIMARY KEY, what TEXT);
                INSERT INTO tasks (what) VALUES ('theirs');
                """)
        }
        try queue.close()
    }

    private func companions(of path: String) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
    }

    @Test(arguments: [false, true])
    func anotherProgramsDatabaseIsRefusedUntouched(wal: Bool) throws {
        // Given another program's SQLite file, in rollback or WAL mode, with a clashing table
        let folder = try TestFolder()
        let path = folder.databasePath
        try foreignDatabase(at: path, wal: wal)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(companions(of: path).isEmpty)
        // When chattui opens it, for reading or for writing
        for access in [AppDatabase.Access.readOnly, .readWrite] {
            #expect(throws: AppDatabaseError.notChattui(path: path)) { try AppDatabase.open(path: path, access: access) }
        }
        // Then not one byte changed and no companion file was left beside it
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(companions(of: path).isEmpty)
        #expect(AppDatabaseError.notChattui(path: path).description == "\(path) is another program's SQLite "
            + "database, not chattui's; it was left untouched. Choose another --db path")
    }

    @Test func aDatabaseWithoutTablesIsInitialisedLikeAnEmptyFile() throws {
        // Given an SQLite file that holds no table at all
        let folder = try TestFolder()
        let path = folder.databasePath
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 7") }
        // When it is opened, then it becomes a chattui database
        let database = try AppDatabase.open(path: path, access: .readOnly)
        #expect(try TaskService.make(database).list(TaskQuery()).count == 0)
        #expect(try DatabaseProbe.inspect(path: path) == .chattui(applied: Set(Schema.migrator.migrations)))
    }

    @Test func aMigrationJustBegunByAnotherChattuiIsNotAnotherProgramsDatabase() throws {
        // Given the state a chattui migrating the same fresh file leaves for an instant: its
        // migrations table committed, no migration yet
        let folder = try TestFolder()
        let path = folder.databasePath
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        // Then it is taken as new, and opening it migrates it
        #expect(try DatabaseProbe.inspect(path: path) == .blank)
        _ = try TaskService.make(try AppDatabase.open(path: path)).add(TaskDraft(title: "mine"))
        // While another GRDB program's database, even one with its table empty, stays refused
        let other = folder.path + "/other.db"
        try DatabaseQueue(path: other).write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                CREATE TABLE notes (id INTEGER PRIMARY KEY);
                """)
        }
        #expect(try DatabaseProbe.inspect(path: other) == .foreign)
    }

    @Test func aMissingFileIsCreatedEvenForReading() throws {
        let folder = try TestFolder()
        let database = try AppDatabase.open(path: folder.databasePath, access: .readOnly)
        #expect(try TaskService.make(database).list(TaskQuery()).count == 0)
        _ = try TaskService.make(try AppDatabase.open(path: folder.databasePath)).add(TaskDraft(title: "later"))
    }

    @Test func whatTheProbeFinds() throws {
        let folder = try TestFolder()
        let path = folder.databasePath
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(try DatabaseProbe.inspect(path: path) == .blank)
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try DatabaseProbe.inspect(path: path) == .notSQLite)
        try FileManager.default.removeItem(atPath: path)
        try foreignDatabase(at: path, wal: true)
        #expect(try DatabaseProbe.inspect(path: path) == .foreign)
    }
}
