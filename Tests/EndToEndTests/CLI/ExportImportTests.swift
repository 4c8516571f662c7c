import Foundation
import Persistence
import Testing

/// `chattui export` and `chattui import`: everything a database holds moves to another one,
/// and bringing the same export in again, or a later one, adds only what is new.
@Suite(.serialized) struct ExportImportTests {
    private static let call = StoredToolCall(
        id: "call_1", name: "add_task", arguments: #"{"title":"Buy milk"}"#, extra: #"{"thought_signature":"abc"}"#)

    /// Two conversations (one with a tool round and reasoning), a task of each kind, and a
    /// task and a conversation of another user that must stay out of the export.
    private func seededSandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        let conversations = try sandbox.conversationService()
        let (first, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "Add milk"))
        try conversations.append(contentsOf: [
            NewMessage(role: .assistant, content: "", toolCalls: [Self.call], model: "m1",
                       usage: TokenUsage(promptTokens: 9, completionTokens: 3, totalTokens: 12),
                       reasoning: StoredReasoning(text: "they want milk", field: "reasoning_content")),
            NewMessage(role: .tool, content: #"{"task_id":1}"#, toolCallID: "call_1"),
            NewMessage(role: .assistant, content: "Added #1 Buy milk — half of the rep", interrupted: true, model: "m1"),
        ], to: first.id)
        _ = try conversations.startConversation(with: NewMessage(role: .user, content: "Héllo 👋\nsecond line"))
        let tasks = try sandbox.taskService()
        _ = try tasks.add(TaskDraft(title: "Buy milk", description: "oat", priority: .high, tags: ["shop"]))
        let done = try tasks.add(TaskDraft(title: "Call mom", due: .day(LocalDate("2026-12-04")!), recurrence: .weekly))
        _ = try tasks.complete(id: done.id)
        _ = try sandbox.taskService(user: "someone-else").add(TaskDraft(title: "Not yours"))
        _ = try sandbox.conversationService(user: "someone-else").startConversation(with: NewMessage(role: .user, content: "Private"))
        return sandbox
    }

    /// Each conversation's messages, the conversations in the order of their titles.
    private func messages(_ sandbox: Sandbox) throws -> [[StoredMessage]] {
        let service = try sandbox.conversationService()
        return try service.list(limit: nil).sorted { $0.title < $1.title }.map {
            try service.newestMessages(in: $0.id, limit: 1_000)
        }
    }

    private func write(_ text: String, in sandbox: Sandbox) throws -> String {
        let path = sandbox.folder.appendingPathComponent("export-\(UUID().uuidString).json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// From a SQLite file into a fresh database on each backend, and back.
    @Test(arguments: StoreBackend.available)
    func anExportBroughtIntoAFreshDatabaseHoldsEverythingAndASecondImportChangesNothing(target backend: StoreBackend) throws {
        let source = try seededSandbox()
        let export = try source.run(["export"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(!export.stdout.contains("Not yours") && !export.stdout.contains("Private"))

        let target = try Sandbox(backend: backend)
        let path = try write(export.stdout, in: target)
        let first = try target.run(["import", path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Conversations: added 2, extended 0; 0 unchanged.\nTasks: added 3, updated 0; 0 unchanged.\n"),
                "\(first.stdout)")

        let before = try messages(source)
        let after = try messages(target)
        #expect(after.map { $0.map(\.content) } == before.map { $0.map(\.content) })
        for (old, new) in zip(before.joined(), after.joined()) {
            #expect(new.role == old.role && new.toolCalls == old.toolCalls && new.toolCallID == old.toolCallID)
            #expect(new.interrupted == old.interrupted && new.model == old.model && new.usage == old.usage)
            #expect(new.reasoning == old.reasoning)
            #expect(abs(new.createdAt.timeIntervalSince(old.createdAt)) < 1)
        }
        let titles = try target.conversationService().list(limit: nil).map(\.title)
        #expect(Set(titles) == Set(try source.conversationService().list(limit: nil).map(\.title)))
        let tasks = try target.taskService().list(TaskQuery(status: .all, sort: .created, limit: nil)).tasks
        // Completing the weekly task made its next occurrence, which travels too
        #expect(tasks.map(\.title) == ["Buy milk", "Call mom", "Call mom"])
        #expect(tasks.map(\.description) == ["oat", nil, nil])
        #expect(tasks.map(\.completed) == [false, true, false])
        #expect(tasks.map(\.due) == [nil, .day(LocalDate("2026-12-04")!), .day(LocalDate("2026-12-11")!)])

        let again = try target.run(["import", path])
        #expect(again.stdout.contains("Conversations: added 0, extended 0; 2 unchanged.\nTasks: added 0, updated 0; 3 unchanged.\n"))
        #expect(try messages(target).joined().count == before.joined().count)
        // Back into the database it came from, nothing changes either, also from the target's own export
        #expect(try source.run(["import", path]).stdout.contains("Conversations: added 0, extended 0; 2 unchanged."))
        let back = try target.run(["export"])
        #expect(back.status == 0, "\(back.stderr)")
        let returned = try source.run(["import", try write(back.stdout, in: source)])
        #expect(returned.stdout.contains("Conversations: added 0, extended 0; 2 unchanged.\nTasks: added 0, updated 0; 3 unchanged.\n"),
                "\(returned.stdout)")
    }

    @Test func aLaterExportAddsOnlyTheNewMessagesAndADryRunWritesNothing() throws {
        let source = try seededSandbox()
        let target = try Sandbox()
        _ = try target.run(["import", try write(try source.run(["export"]).stdout, in: target)])
        let conversations = try source.conversationService()
        let newest = try #require(try conversations.list(limit: nil).first { $0.title == "Add milk" })
        try conversations.append(contentsOf: [
            NewMessage(role: .user, content: "And bread"), NewMessage(role: .assistant, content: "Added bread."),
        ], to: newest.id)
        let later = try write(try source.run(["export"]).stdout, in: target)

        let dry = try target.run(["import", "--dry-run", later])
        #expect(dry.stdout == "Conversations: would add 0, extend 1; 1 unchanged.\nTasks: would add 0, update 0; 3 unchanged.\n"
            + "Nothing was written (--dry-run).\n")
        #expect(try messages(target).joined().count == 5)

        let real = try target.run(["import", later])
        #expect(real.stdout.hasPrefix("Conversations: added 0, extended 1; 1 unchanged."))
        let extended = try messages(target)
        #expect(extended.first?.suffix(2).map(\.content) == ["And bread", "Added bread."], "\(extended)")
    }

    @Test func aFileThatIsNotAnExportIsRefusedAndNothingIsWritten() throws {
        let sandbox = try Sandbox()
        let run = try sandbox.run(["import", "-"], stdin: #"{"tasks": []}"#)
        #expect(run.status == 1)
        #expect(run.stderr.contains("not a chattui export"))
        #expect(try sandbox.conversationService().list(limit: nil).isEmpty)
    }
}
