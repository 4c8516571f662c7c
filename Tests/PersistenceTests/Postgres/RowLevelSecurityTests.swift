import Foundation
import PostgresNIO
import Testing
@testable import Persistence

/// Two people in `chattui_users`, each with a login role of their own, share one database:
/// row-level security, not chattui, keeps their rows apart, so raw SQL from either role
/// neither sees nor changes the other's.
@Suite(.enabled(if: PostgresTestCluster.shouldRun, PostgresTestCluster.skipNote))
struct RowLevelSecurityTests {
    @Test func neitherRoleSeesNorChangesTheOthersRows() throws {
        // Given a database its owner migrated, and two people added by an administrator
        let database = try PostgresTestDatabase()
        _ = try database.open()
        let aliceURL = try database.makePerson("alice")
        let bobURL = try database.makePerson("bob")
        // When each adds a task (with a tag, so task_tags and the journal have rows) through chattui
        let alice = try AppDatabase.open(location: .postgres(aliceURL), environment: [:])
        let bob = try AppDatabase.open(location: .postgres(bobURL), environment: [:])
        let aliceTask = try TaskService.make(alice, user: "ignored").add(TaskDraft(title: "Alice's secret", tags: ["a"]))
        let bobTask = try TaskService.make(bob, user: "ignored").add(TaskDraft(title: "Bob's secret", tags: ["b"]))
        let aliceRole = try #require(aliceURL.user)
        #expect(aliceTask.userID == UserID(aliceRole))
        // Then raw SQL as Alice sees her rows only, in every table
        let raw = try PostgresSession.connect(PostgresTestCluster.settings(aliceURL))
        defer { raw.close() }
        for table in ["tasks", "task_tags", "task_changes"] {
            let owners = try raw.fetch(PostgresQuery(unsafeSQL: "SELECT DISTINCT owner FROM \(table)")) {
                try $0[0].decode(String.self)
            }
            #expect(owners == [aliceRole], "\(table)")
        }
        #expect(try raw.fetch("SELECT id FROM tasks WHERE id = \(bobTask.id)") { try $0[0].decode(Int64.self) }.isEmpty)
        // And her updates and deletes of Bob's rows touch nothing
        for statement: PostgresQuery in [
            "UPDATE tasks SET title = 'hacked' WHERE id = \(bobTask.id) RETURNING id",
            "DELETE FROM tasks WHERE id = \(bobTask.id) RETURNING id",
            "DELETE FROM task_changes WHERE task_id = \(bobTask.id) RETURNING id",
            "DELETE FROM task_tags WHERE task_id = \(bobTask.id) RETURNING task_id",
        ] {
            #expect(try raw.fetch(statement) { try $0[0].decode(Int64.self) }.isEmpty, "\(statement.sql)")
        }
        // And rows written in Bob's name, handed to him, or attached to his task are refused
        for statement: PostgresQuery in [
            "INSERT INTO tasks (owner, title, created_at, updated_at) VALUES (\(bobURL.user), 'forged', now(), now())",
            "UPDATE tasks SET owner = \(bobURL.user) WHERE id = \(aliceTask.id)",
            "INSERT INTO task_tags (task_id, tag) VALUES (\(bobTask.id), 'planted')",
        ] {
            #expect(throws: PostgresBackendError.self, "\(statement.sql)") { try raw.transaction { try $0.execute(statement) } }
        }
        // And Bob's task is as he left it
        #expect(try TaskService.make(bob).task(id: bobTask.id) == bobTask)
        #expect(try TaskService.make(bob).list(TaskQuery()).tasks == [bobTask])
    }

    @Test func everyTableHasRowLevelSecurityForcedOnItsOwner() throws {
        let database = try PostgresTestDatabase()
        _ = try database.open()
        let raw = try PostgresSession.connect(PostgresTestCluster.settings(database.url))
        defer { raw.close() }
        let tables = try raw.fetch("""
            SELECT relname::text, relrowsecurity, relforcerowsecurity FROM pg_class
            WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY relname
            """) { row in
            (try row[0].decode(String.self), try row[1].decode(Bool.self), try row[2].decode(Bool.self))
        }
        #expect(tables.map(\.0) == (PostgresSchema.ownedTables + ["chattui_migrations"]).sorted())
        #expect(tables.allSatisfy { $0.1 && $0.2 })
    }

    @Test func theOwnerTooSeesOnlyTheirOwnRows() throws {
        // Forced row-level security binds the table owner: the owner's raw SQL does not see a member's task.
        let database = try PostgresTestDatabase()
        _ = try database.open()
        let carol = try AppDatabase.open(location: .postgres(try database.makePerson("carol")), environment: [:])
        let task = try TaskService.make(carol).add(TaskDraft(title: "Carol's"))
        let owner = try PostgresSession.connect(PostgresTestCluster.settings(database.url))
        defer { owner.close() }
        #expect(try owner.fetch("SELECT id FROM tasks WHERE id = \(task.id)") { try $0[0].decode(Int64.self) }.isEmpty)
    }
}
