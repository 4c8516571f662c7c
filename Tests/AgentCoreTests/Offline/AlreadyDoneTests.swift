import Testing
@testable import AgentCore

/// Completing a task that is already done changes nothing, and the reply must say so: the
/// person may have meant another task, and "Completed" would hide that.
@Suite struct AlreadyDoneTests {
    @Test(arguments: ["complete task 5", "mark #5 as done", "tick off task five"])
    func completingADoneTaskByIDSaysItWasAlreadyDone(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        #expect(said.exchanges.map(\.name) == ["complete_task"])
        #expect(said.exchanges.first?.result["already_completed"] == true)
        #expect(said.reply == "#5 Water the plants was already done, so nothing changed. Say “reopen #5” to mark it pending again.")
    }

    @Test func completingAPendingTaskSaysCompleted() async throws {
        let said = try await HeldOutWorld().converse(["complete task 7"])
        #expect(said.exchanges.first?.result["already_completed"] == nil)
        #expect(said.reply == "Completed #7 Renew passport.")
    }
}
