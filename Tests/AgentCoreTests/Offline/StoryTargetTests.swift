import Persistence
import Testing
@testable import AgentCore

/// People name a task inside their own story ("the dentist appointment was cancelled") or
/// with a slip of a key ("the pasport"): the one task whose object words they all said is
/// meant. Another deed beside those words, or a second task they also fit, writes nothing.
@Suite struct StoryTargetTests {
    @Test(arguments: [
        ("the garage clear-out is off, remove it", "delete_task", 8),
        ("the passport appointment is cancelled", "delete_task", 7),
        ("the dentist visit moved to friday, change it to friday", "update_task", 2),
        ("i finaly renewed the pasport", "complete_task", 7),
        ("done with the grocries", "complete_task", 1),
        ("we paid the rent for december already, mark it done", "complete_task", 3),
    ])
    func theTaskWhoseObjectsWereSaidIsChanged(text: String, tool: String, taskID: Int64) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == [tool], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"] == .int(taskID))
    }

    @Test(arguments: [
        "delete the email to the dentist",
        "I emailed the dentist",
        "I bought a new bike",
        "the bike shop called about the dentist, delete it",
    ])
    func anotherDeedOrAnotherObjectWritesNothing(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).isEmpty, "\(said.exchanges.map(\.name)) \(said.reply)")
    }

    @Test func twoTasksWithTheSaidObjectsAreAskedAbout() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add book the dentist"])
        let said = try await world.converse(["the dentist appointment was cancelled, remove it"])
        #expect(said.exchanges.filter(\.isWrite).isEmpty, "\(said.reply)")
        #expect(said.reply.lowercased().contains("which"))
    }
}
