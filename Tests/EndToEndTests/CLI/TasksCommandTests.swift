import Foundation
import Persistence
import Testing

@Suite(.serialized) struct TasksCommandTests {
    /// Three tasks for "tester", one for someone else.
    private func seededSandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        let tasks = try sandbox.taskService()
        _ = try tasks.add(TaskDraft(title: "Buy groceries", priority: .high, tags: ["home"]))
        let report = try tasks.add(TaskDraft(title: "Write the report", tags: ["work"], due: .day(LocalDate("2026-11-27")!)))
        _ = try tasks.add(TaskDraft(title: "Call the dentist", description: "ask about the bill"))
        _ = try tasks.complete(id: report.id)
        _ = try sandbox.taskService(user: "someone-else").add(TaskDraft(title: "Not yours"))
        return sandbox
    }

    private func json(_ run: CommandLineRun) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    private func titles(_ object: [String: Any]) -> [String] {
        (object["tasks"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
    }

    @Test func jsonListsTheUsersTasksInTheListTasksShape() throws {
        let run = try seededSandbox().run(["tasks", "--json"])
        #expect(run.status == 0)
        let object = try json(run)
        #expect(titles(object) == ["Buy groceries", "Write the report", "Call the dentist"])
        #expect(object["count"] as? Int == 3)
        #expect(object["truncated"] as? Bool == false)
        let first = try #require((object["tasks"] as? [[String: Any]])?.first)
        #expect(first["task_id"] is Int)
        #expect(first["priority"] as? String == "high")
        #expect(first["tags"] as? [String] == ["home"])
        #expect(first["description"] is NSNull)
        #expect(first["due"] is NSNull)
        let created = try #require(first["created_at"] as? String)
        #expect(created.hasSuffix("Z") && created.contains("T"))
    }

    @Test func filtersNarrowTheList() throws {
        let sandbox = try seededSandbox()
        let cases: [([String], [String])] = [
            (["--status", "pending"], ["Buy groceries", "Call the dentist"]),
            (["--status", "completed"], ["Write the report"]),
            (["--tag", "#Work"], ["Write the report"]),
            (["--priority", "high"], ["Buy groceries"]),
            (["--search", "BILL"], ["Call the dentist"]),
            (["--due-before", "2026-11-30"], ["Write the report"]),
            (["--sort", "title"], ["Buy groceries", "Call the dentist", "Write the report"]),
        ]
        for (arguments, expected) in cases {
            let run = try sandbox.run(["tasks", "--json"] + arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(titles(try json(run)) == expected, "\(arguments)")
        }
    }

    @Test func limitTruncatesAndSaysHowManyMatched() throws {
        let run = try seededSandbox().run(["tasks", "--json", "--limit", "2"])
        let object = try json(run)
        #expect(titles(object).count == 2)
        #expect(object["count"] as? Int == 3)
        #expect(object["truncated"] as? Bool == true)
    }

    @Test func textListsOneLinePerTask() throws {
        let run = try seededSandbox().run(["tasks"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("#") && lines[0].contains("☐ Buy groceries") && lines[0].contains("high"))
        #expect(lines[1].contains("☑ Write the report") && lines[1].contains("#work"))
    }

    @Test func anEmptyListSaysSo() throws {
        let run = try Sandbox().run(["tasks", "--status", "pending"])
        #expect(run.status == 0)
        #expect(run.stdout == "No pending tasks.\n")
    }

    @Test func hostileTitlesAreSanitisedInTextButKeptInJSON() throws {
        // Titles are cleaned when stored now; a row an older chattui stored keeps its escapes
        let sandbox = try Sandbox()
        _ = try sandbox.taskService().list(TaskQuery())
        try OtherSQLiteProgram.run("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("INSERT INTO tasks (user_id, title, created_at, updated_at) VALUES "
                       "('tester', 'Evil \\x1b]0;pwned\\x07title\\x1b[2J', '2026-11-26 09:30:00', '2026-11-26 09:30:00')")
            db.commit()
            """, path: sandbox.databasePath)
        let text = try sandbox.run(["tasks"])
        #expect(!text.stdout.contains("\u{1B}"))
        #expect(text.stdout.contains("Evil title"))
        let json = try json(sandbox.run(["tasks", "--json"]))
        #expect(titles(json) == ["Evil \u{1B}]0;pwned\u{07}title\u{1B}[2J"])
    }

    @Test func badValuesAreUsageErrors() throws {
        let sandbox = try Sandbox()
        for arguments in [["--status", "done"], ["--sort", "colour"], ["--limit", "0"], ["--priority", "urgent"]] {
            let run = try sandbox.run(["tasks"] + arguments)
            #expect(run.status == 64, "\(arguments)")
        }
        let badDate = try sandbox.run(["tasks", "--due-before", "someday"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("someday"))
    }
}
