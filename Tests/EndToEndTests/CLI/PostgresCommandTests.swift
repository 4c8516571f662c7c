import Foundation
import Persistence
import Testing

/// The real binary given a `postgres://` URL: what works there today, and the errors
/// for what does not, none of which shows the password.
@Suite(.serialized, .enabled(if: PostgresScratchDatabase.shouldRun, PostgresScratchDatabase.skipNote))
struct PostgresCommandTests {
    @Test func tasksListsTheConnectedRolesTasksFromTheFlagOrTheEnvironment() throws {
        let database = try PostgresScratchDatabase()
        let tasks = try database.tasks()
        _ = try tasks.add(TaskDraft(title: "Buy groceries", priority: .high, tags: ["home"]))
        let report = try tasks.add(TaskDraft(title: "Write the report", tags: ["work"]))
        _ = try tasks.complete(id: report.id)
        let sandbox = try Sandbox()

        let text = try sandbox.run(["tasks", "--db", database.url])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Buy groceries"))
        #expect(text.stdout.contains("Write the report"))

        sandbox.environment["CHATTUI_DB"] = database.url
        let json = try sandbox.run(["tasks", "--json", "--status", "pending"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["tasks"] as? [[String: Any]])?.compactMap { $0["title"] as? String } == ["Buy groceries"])
        #expect(object["count"] as? Int == 1)
    }

    @Test func aMalformedURLIsAUsageErrorWithThePasswordMasked() throws {
        let run = try Sandbox().run(["tasks", "--db", "postgresql://me:hunter2@db/x?sslmode=requir"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--db postgresql://me:***@db/x?sslmode=requir: sslmode 'requir' is not one of"))
        #expect(!run.stderr.contains("hunter2"))
    }

    @Test func aWrongPasswordFailsInOneLineWithoutShowingIt() throws {
        let database = try PostgresScratchDatabase()
        let wrong = database.url.replacingOccurrences(of: ":\(database.password)@", with: ":wrong-secret@")
        let run = try Sandbox().run(["tasks", "--db", wrong])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot connect to postgresql://"))
        #expect(run.stderr.contains(":***@"))
        #expect(!run.stderr.contains("wrong-secret"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }
}
