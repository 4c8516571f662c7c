import Persistence
import Testing
@testable import AgentCore

/// A misspelt status word ("payed", "teh", "compelte") still completes the task it names.
@Suite struct StatusTypoTests {
    @Test(arguments: [
        ("pls mark the rent as payed", 3),
        ("mark teh rent done", 3),
        ("rent's sorted", 3),
        ("mark task 6 as compelte", 6),
        ("the garage is dnoe", 8),
        ("mark the passport finshed", 7),
        ("the rent is payed", 3),
    ])
    func theTaskIsCompleted(text: String, taskID: Int64) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["complete_task"], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"] == .int(taskID))
    }
}
