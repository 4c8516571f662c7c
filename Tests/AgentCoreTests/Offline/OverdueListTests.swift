import Testing
@testable import AgentCore

/// "Anything overdue?" lists the pending tasks due before today: `due_before` includes its
/// day, so the engine asks for tasks due by yesterday, and a task due today is not overdue.
@Suite struct OverdueListTests {
    @Test(arguments: ["anything overdue?", "whats overdue", "Show me my overdue tasks pls", "what's late?",
                      "what did i miss", "anything past due"])
    func theListStopsAtYesterday(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        let list = try #require(said.exchanges.first, "\(said.reply)")
        #expect(said.exchanges.filter(\.isWrite).isEmpty)
        #expect(list.name == "list_tasks")
        #expect(list.arguments["due_before"] == .string("yesterday"))
        #expect(list.arguments["status"] == .string("pending"))
    }

    @Test func aTaskDueTodayIsNotOverdue() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add water the lawn today"])
        let said = try await world.converse(["anything overdue?"])
        #expect(!said.reply.contains("Water the lawn"), "\(said.reply)")
    }

    @Test func theReplyCallsThemOverdue() async throws {
        let world = try HeldOutWorld()
        let none = try await world.converse(["whats overdue"])
        #expect(none.reply == "You have no overdue tasks.")
        _ = try await world.converse(["add water the lawn due 2026-11-20"])
        let one = try await world.converse(["anything overdue?"])
        #expect(one.reply.hasPrefix("You have 1 overdue task:\n#11 ☐ Water the lawn"), "\(one.reply)")
    }

    @Test(arguments: ["call mum yesterday", "i rang the bank yesterday"])
    func yesterdayIsNeverADueDate(_ text: String) {
        #expect(DuePhrase.extract(from: text) == nil)
    }
}
