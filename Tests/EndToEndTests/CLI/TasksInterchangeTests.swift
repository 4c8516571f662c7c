import Foundation
import Persistence
import Testing

/// `chattui tasks export` and `chattui tasks import`, run as a person would: a list moved
/// out and into a fresh database comes back the same, and importing it again changes nothing.
@Suite(.serialized) struct TasksInterchangeTests {
    /// Four tasks with every field a format might carry, one of them done.
    private func seededSandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        let tasks = try sandbox.taskService()
        _ = try tasks.add(TaskDraft(title: "Call mom", priority: .high, tags: ["family"], due: .day(LocalDate("2026-12-04")!)))
        _ = try tasks.add(TaskDraft(title: "Water the plants", description: "the fern too", recurrence: .everyDays(3)))
        let taxes = try tasks.add(TaskDraft(title: "File taxes", priority: .low, tags: ["home", "money"]))
        _ = try tasks.add(TaskDraft(title: "Dentist", due: .instant(Date(timeIntervalSince1970: 1_796_058_000), utcOffsetSeconds: 0)))
        _ = try tasks.complete(id: taxes.id)
        return sandbox
    }

    private func stored(in sandbox: Sandbox) throws -> [TodoTask] {
        try sandbox.taskService().list(TaskQuery(status: .all, sort: .created, limit: nil)).tasks
    }

    private func file(_ sandbox: Sandbox, _ name: String, _ text: String) throws -> String {
        let path = sandbox.folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: ["json", "taskwarrior", "todotxt"])
    func anExportImportedIntoAFreshDatabaseGivesTheSameTasksAndASecondImportChangesNothing(format: String) throws {
        let source = try seededSandbox()
        let export = try source.run(["tasks", "export", "--format", format])
        #expect(export.status == 0, "\(export.stderr)")

        let target = try Sandbox()
        let path = try file(target, "tasks.\(format == "todotxt" ? "txt" : "json")", export.stdout)
        let first = try target.run(["tasks", "import", path, "--format", format])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasSuffix("Added 4, updated 0; 0 unchanged.\n"), "\(first.stdout)")

        let before = try stored(in: source)
        let after = try stored(in: target)
        #expect(after.map(\.title) == before.map(\.title))
        #expect(after.map(\.completed) == before.map(\.completed))
        #expect(after.map(\.priority) == before.map(\.priority))
        #expect(after.map(\.tags) == before.map(\.tags))
        #expect(after.map(\.due) == before.map(\.due))
        #expect(after.map(\.recurrence) == before.map(\.recurrence))
        if format == "todotxt" {
            // todo.txt has no descriptions and keeps days, not times; export said so on stderr
            #expect(export.stderr.contains("1 were left out"))
            #expect(after.allSatisfy { $0.description == nil })
        } else {
            #expect(after.map(\.description) == before.map(\.description))
            #expect(after.map(\.createdAt) == before.map(\.createdAt))
            #expect(after.map(\.completedAt) == before.map(\.completedAt))
        }

        // Without --format the file's name and contents tell it
        let again = try target.run(["tasks", "import", path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "Added 0, updated 0; 4 unchanged.\n")
        #expect(try stored(in: target).count == 4)
    }

    @Test func aDryRunShowsTheChangesAndWritesNothing() throws {
        let sandbox = try seededSandbox()
        let path = try file(sandbox, "todo.txt", """
            (B) 2026-11-20 Call mom +family due:2026-12-04
            x 2026-11-28 2026-11-20 Water the plants rec:3d
            Renew passport @errands due:2027-01-15

            """)
        let before = try stored(in: sandbox)

        let run = try sandbox.run(["tasks", "import", "--dry-run", path])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            ~ #1 Call mom: priority medium
            ~ #2 Water the plants: completed
            + Renew passport
            Would add 1, update 2; 0 unchanged. Nothing was written (--dry-run).

            """)
        #expect(try stored(in: sandbox) == before)

        let real = try sandbox.run(["tasks", "import", path])
        #expect(real.stdout.hasSuffix("Added 1, updated 2; 0 unchanged.\n"))
        let after = try stored(in: sandbox)
        #expect(after.first { $0.title == "Call mom" }?.priority == .medium)
        #expect(after.first { $0.title == "Water the plants" }?.completed == true)
        #expect(after.first { $0.title == "Renew passport" }?.tags == ["errands"])
    }

    @Test func aFileWithAnyBadLineIsRefusedWholeWithEveryProblemNamed() throws {
        let sandbox = try seededSandbox()
        let path = try file(sandbox, "todo.txt", "Fine task\nSomething due:never-ever\n(A) +onlytags\n")
        let before = try stored(in: sandbox)

        let run = try sandbox.run(["tasks", "import", path])

        #expect(run.status == 1)
        #expect(run.stderr.contains("nothing was imported; the file has 2 problems:"), "\(run.stderr)")
        #expect(run.stderr.contains("line 2: due:never-ever is not a date"))
        #expect(run.stderr.contains("line 3: the line has no title"))
        #expect(try stored(in: sandbox) == before)
    }

    @Test func tasksComeInFromStdinAndAMissingFileOrUnknownFormatSaySo() throws {
        let sandbox = try Sandbox()
        let piped = try sandbox.run(["tasks", "import", "-", "--format", "todotxt"], stdin: "Buy milk +shop\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(try stored(in: sandbox).map(\.tags) == [["shop"]])

        let missing = try sandbox.run(["tasks", "import", "/nonexistent/tasks.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read /nonexistent/tasks.txt"))

        let unknown = try sandbox.run(["tasks", "import", try file(sandbox, "tasks.dat", "hello")])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("give --format json, taskwarrior or todotxt"))
    }

    @Test func listingStillWorksWithAndWithoutTheListWord() throws {
        let sandbox = try seededSandbox()
        let plain = try sandbox.run(["tasks", "--status", "pending"])
        let named = try sandbox.run(["tasks", "list", "--status", "pending"])
        #expect(plain.status == 0 && named.status == 0)
        #expect(plain.stdout == named.stdout)
        #expect(plain.stdout.split(separator: "\n").count == 3)
    }
}
