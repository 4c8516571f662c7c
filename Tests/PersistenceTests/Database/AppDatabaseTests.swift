import Foundation
import GRDB
import Testing
import TestSupport
@testable import Persistence

struct AppDatabaseTests {
    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test func migratesAnEmptyFile() throws {
        // Given an existing empty file
        let folder = try TestFolder()
        #expect(FileManager.default.createFile(atPath: folder.databasePath, contents: nil))
        // When it is opened
        let database = try AppDatabase.open(path: folder.databasePath)
        // Then every table exists and every migration is recorded
        let tables = try database.pool.read { db in
            try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables.isSuperset(of: ["conversations", "messages", "tasks", "task_tags", "task_changes",
                                       "conversation_leases", "grdb_migrations", "tasks_text", "messages_text", "drafts"]))
        #expect(try database.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
                == ["v1", "messages-reasoning", "task-changes-by-task", "conversations-soft-delete", "tasks-by-priority",
                    "tasks-by-title", "full-text-search", "drafts", "messages-with-model"])
        let settings = try database.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(settings.0 == "wal")
        #expect(settings.1 == true)
    }

    @Test func reopeningAMigratedFileKeepsItsData() throws {
        let folder = try TestFolder()
        do {
            let database = try AppDatabase.open(path: folder.databasePath)
            _ = try TaskService.make(database).add(TaskDraft(title: "Persisted"))
        }
        let database = try AppDatabase.open(path: folder.databasePath)
        #expect(try TaskService.make(database).list(TaskQuery()).tasks.map(\.title) == ["Persisted"])
    }

    @Test func refusesAFileWrittenByANewerChattui() throws {
        // Given a WAL file, as chattui writes, whose migrations include one this build does not know
        let folder = try TestFolder()
        let path = folder.databasePath
        do {
            let pool = try DatabasePool(path: path)
            try Schema.migrator.migrate(pool)
            try pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')") }
            _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            try pool.close()
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // When it is opened
        #expect(throws: AppDatabaseError.newerSchema(path: path)) { try AppDatabase.open(path: path) }
        // Then the file is untouched, not migrated, and the message says what to do
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after == bytes)
        #expect(try DatabaseProbe.inspect(path: path)
            == .chattui(applied: Set(Schema.migrator.migrations).union(["v99-from-the-future"])))
        #expect(AppDatabaseError.newerSchema(path: path).description
            == "\(path) was written by a newer chattui; upgrade chattui to open it")
    }

    @Test func createsTheFileAndFoldersPrivately() throws {
        // Given a path two missing folders deep
        let folder = try TestFolder()
        let path = "\(folder.path)/share/chattui/chattui.db"
        let existingMode = try mode(folder.path)
        // When it is opened and written to
        let database = try AppDatabase.open(path: path)
        _ = try TaskService.make(database).add(TaskDraft(title: "x"))
        // Then the folders it created are 0700, the file and its companions 0600
        #expect(try mode("\(folder.path)/share") == 0o700)
        #expect(try mode("\(folder.path)/share/chattui") == 0o700)
        #expect(try mode(folder.path) == existingMode)
        #expect(try mode(path) == 0o600)
        #expect(try mode(path + "-wal") == 0o600)
        #expect(try mode(path + "-shm") == 0o600)
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let folder = try TestFolder()
        let path = folder.databasePath
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        #expect(throws: AppDatabaseError.notADatabase(path: path)) { try AppDatabase.open(path: path) }
        #expect(AppDatabaseError.notADatabase(path: path).description.contains(path))
    }

    @Test(.enabled(if: geteuid() != 0, "root ignores file modes"))
    func reportsPermissionDenied() throws {
        // Given a database file nobody may read
        let folder = try TestFolder()
        let path = folder.databasePath
        do { _ = try AppDatabase.open(path: path) }
        chmod(path, 0)
        // Then opening it names the path
        #expect(throws: AppDatabaseError.permissionDenied(path: path)) { try AppDatabase.open(path: path) }
    }

    @Test func reportsAFolderThatCannotBeCreated() throws {
        let folder = try TestFolder()
        let blocker = "\(folder.path)/file"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        #expect(throws: AppDatabaseError.self) { try AppDatabase.open(path: "\(blocker)/sub/chattui.db") }
    }

    @Test func twoPoolsOnOneFileWriteConcurrentlyWithoutErrors() async throws {
        // Given two independent opens of one file, as two running copies would have
        let folder = try TestFolder()
        let first = try AppDatabase.open(path: folder.databasePath)
        let second = try AppDatabase.open(path: folder.databasePath)
        // When four threads add tasks through both at once
        let failures = ConcurrentWriters.run(threads: 4, iterations: 50) { thread, index in
            let database = thread.isMultiple(of: 2) ? first : second
            let tasks = TaskService.make(database, source: .cli)
            let task = try tasks.add(TaskDraft(title: "t\(thread)-\(index)"))
            if index.isMultiple(of: 5) {
                _ = try tasks.complete(id: task.id)
            }
        }
        // Then no error surfaced and every write landed
        #expect(failures.isEmpty, "\(failures)")
        #expect(try TaskService.make(first).list(TaskQuery()).count == 200)
        #expect(try TaskService.make(second).list(TaskQuery(status: .completed)).count == 40)
    }

    @Test func severalFirstOpensOfOneFreshFileAllSucceed() throws {
        // Given a path nobody has opened yet
        let folder = try TestFolder()
        let path = "\(folder.path)/fresh/chattui.db"
        // When four threads open and migrate it at the same moment
        let failures = ConcurrentWriters.run(threads: 4, iterations: 1) { _, _ in
            _ = try TaskService.make(try AppDatabase.open(path: path)).add(TaskDraft(title: "first"))
        }
        // Then the losers of the migration race see the schema complete, not an error
        #expect(failures.isEmpty, "\(failures)")
        #expect(try TaskService.make(try AppDatabase.open(path: path)).list(TaskQuery()).count == 4)
    }

    @Test func sqliteErrorsBecomeMessagesNamingThePath() {
        let path = "/data/chattui.db"
        #expect(AppDatabaseError(openingPath: path, underlying: DatabaseError(resultCode: .SQLITE_READONLY))
            == .permissionDenied(path: path))
        #expect(AppDatabaseError(openingPath: path, underlying: DatabaseError(resultCode: .SQLITE_CORRUPT))
            == .notADatabase(path: path))
        let other = AppDatabaseError(openingPath: path, underlying: DatabaseError(resultCode: .SQLITE_FULL, message: "disk full"))
        #expect(other == .cannotOpen(path: path, reason: "disk full"))
        #expect(other.description == "cannot open database /data/chattui.db: disk full")
    }

    /// `PRAGMA data_version` on SQLite, the role's change notices (`LISTEN/NOTIFY`) on
    /// PostgreSQL: this connection's own writes and another person's never move it; the
    /// same person's task or message from another connection (another process, another
    /// machine) does.
    @Test(arguments: TestBackend.available)
    func externalChangeCounterMovesWhenAnotherConnectionCommits(backend: TestBackend) async throws {
        let (mine, user, lifetime) = try backend.makeDatabase()
        let theirs = try backend.reopen(lifetime)
        let start = try mine.externalChangeCounter()
        _ = try TaskService.make(mine, user: user.rawValue).add(TaskDraft(title: "my own write"))
        #expect(try mine.externalChangeCounter() == start)
        let bob = try backend.otherPerson(lifetime)
        _ = try TaskService.make(bob.database, user: bob.user.rawValue).add(TaskDraft(title: "bob's write"))

        _ = try TaskService.make(theirs, user: user.rawValue).add(TaskDraft(title: "their write"))
        let moved = try await eventually { try mine.externalChangeCounter() } until: { $0 != start }
        #expect(moved != start)
        if backend == .postgres {
            // Notices arrive in commit order: my own and Bob's came first and were not counted.
            #expect(moved == start + 1)
        }

        let conversation = try await ConversationService(database: mine, user: user, clock: fixedClock())
            .startConversation(with: NewMessage(role: .user, content: "mine")).0
        _ = try await ConversationService(database: theirs, user: user, clock: fixedClock())
            .append(NewMessage(role: .assistant, content: "theirs"), to: conversation.id)
        #expect(try await eventually { try mine.externalChangeCounter() } until: { $0 != moved } != moved)
        withExtendedLifetime(lifetime) {}
    }
}

/// Runs a body on several threads at once and collects what they threw.
enum ConcurrentWriters {
    static func run(threads: Int, iterations: Int, _ body: @escaping @Sendable (Int, Int) throws -> Void) -> [String] {
        let lock = NSLock()
        nonisolated(unsafe) var failures: [String] = []
        let group = DispatchGroup()
        for thread in 0..<threads {
            group.enter()
            Thread {
                for index in 0..<iterations {
                    do {
                        try body(thread, index)
                    } catch {
                        lock.withLock { failures.append("\(error)") }
                    }
                }
                group.leave()
            }.start()
        }
        group.wait()
        return lock.withLock { failures }
    }
}
