import Testing
@testable import AgentCore

/// "Email sarah can wait till next tues": a postponement said as news moves the task's due
/// date; it is never a new task.
@Suite struct PostponeNewsTests {
    @Test(arguments: [
        ("the garage can wait until next week", 8, "next week"),
        ("fix the bike will have to wait for saturday", 10, "saturday"),
        ("Passport can wait till monday tbh", 7, nil),
        ("leave the flights till the weekend", 6, "the weekend"),
        ("renew passport isn't urgent, do it next month", 7, "next month"),
        ("the dentist isnt that urgent - just do it on monday", 2, "monday"),
        ("the garage'll have to wait until the 14th", 8, "the 14th"),
    ] as [(String, Int64, String?)])
    func theDueDateMoves(text: String, taskID: Int64, due: String?) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        if let due {
            #expect(writes.map(\.name) == ["update_task"], "\(said.reply)")
            #expect(writes.first?.arguments["task_id"] == .int(taskID))
            #expect(writes.first?.arguments["due"] != nil, "\(due)")
        } else {
            #expect(writes.allSatisfy { $0.name == "update_task" }, "\(said.reply)")
        }
        #expect(!said.exchanges.contains { $0.name == "add_task" })
    }

    @Test(arguments: ["the piano lessons can wait till next week", "the car wash will have to wait until friday"])
    func waitingNewsAboutNoTaskAddsNothing(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).isEmpty, "\(said.exchanges.map(\.name)) \(said.reply)")
    }

    @Test func leavingANoteIsStillAnAdd() {
        guard case .add(let task) = IntentParser.parse("leave a note for the cleaner tomorrow") else {
            Issue.record("\(IntentParser.parse("leave a note for the cleaner tomorrow"))")
            return
        }
        #expect(task.title == "Leave a note for the cleaner")
    }
}
