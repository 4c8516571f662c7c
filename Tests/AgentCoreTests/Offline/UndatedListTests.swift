import Testing
@testable import AgentCore

/// "What have I got with no due date?": `list_tasks` cannot filter on a missing date, so the
/// engine reads the pending tasks and keeps those without one, saying so in the reply.
@Suite struct UndatedListTests {
    @Test(arguments: [
        "what have I got with no due date", "which tasks have no deadline?", "what doesn't have a due date",
        "list undated tasks", "anything without a date on it?",
    ])
    func onlyTheTasksWithoutADateAreShown(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).isEmpty)
        #expect(said.exchanges.first?.arguments["status"] == .string("pending"), "\(said.reply)")
        #expect(said.reply.hasPrefix("You have 6 pending tasks with no due date:"), "\(said.reply)")
        for dated in ["Call the dentist", "Pay rent", "Email Sarah"] { #expect(!said.reply.contains(dated)) }
        for undated in ["Buy groceries", "Renew passport", "Fix the bike"] { #expect(said.reply.contains(undated)) }
    }

    @Test func aTagNarrowsItAndATaskGivenADateLeavesIt() async throws {
        let world = try HeldOutWorld()
        let work = try await world.converse(["any work tasks without a deadline?"])
        #expect(work.reply == "You have 1 pending task tagged #work with no due date:\n#4 ☐ Team meeting notes — #work")
        _ = try await world.converse(["move the team meeting notes to friday"])
        let none = try await world.converse(["any work tasks without a deadline?"])
        #expect(none.reply == "You have no pending tasks tagged #work with no due date.")
    }

    /// Saying a task has no date any more clears its date; it does not list.
    @Test func aTaskSaidToHaveNoDateLosesIt() async throws {
        let said = try await HeldOutWorld().converse(["the dentist doesn't have a due date any more"])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["update_task"])
        #expect(said.exchanges.last?.arguments["due"] == .null)
    }
}
