import Testing
@testable import AgentCore

/// "Push the friday task to monday": a task named by its due day is asked about, listing the
/// tasks due by that day, and the answer to the question makes the change.
@Suite struct DueDayTargetTests {
    @Test(arguments: ["push the friday task to monday", "complete the one due tomorrow", "delete tomorrow's task",
                      "move friday's task to next week pls"])
    func theEngineAsksWhich(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).isEmpty, "\(said.exchanges.map(\.name))")
        #expect(said.reply.contains("Which one should I"), "\(said.reply)")
        #expect(said.reply.contains("#2") && said.reply.contains("#9"), "\(said.reply)")
    }

    @Test func theAnswerMakesTheChange() async throws {
        let said = try await HeldOutWorld().converse(["push the friday task to monday", "the second one"])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["update_task"], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"] == .int(9))
    }
}
