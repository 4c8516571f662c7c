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

    /// "The report got pushed to jan 10": news of a move already made, said of the task.
    @Test(arguments: [
        HeldOutCase("email sarah got pushed to monday", .update(9, ["due": "2026-11-30"])),
        HeldOutCase("the dentist has been moved to the 3rd", .update(2, ["due": "2026-12-03"])),
        HeldOutCase("rent's been postponed till the 5th", .update(3, ["due": "2026-12-05"])),
        HeldOutCase("ugh the flights were rescheduled for december 10", .update(6, ["due": "2026-12-10"])),
        HeldOutCase("the dentist got pushed back two days", .update(2, ["due": "2026-11-29"])),
        HeldOutCase("email sarah has been brought forward a day", .update(9, ["due": "2026-11-26"])),
        HeldOutCase("the garage can be left till next weekend", .update(8, ["due": "2026-12-05"])),
    ])
    func aMoveToldAsNewsMovesTheTask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: ["the piano recital got moved to friday", "my flight got delayed till monday"])
    func aMoveOfNoTaskAddsNothing(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(!said.exchanges.contains { $0.name == "add_task" }, "\(said.reply)")
    }

    @Test(arguments: ["the piano lessons can wait till next week", "the car wash will have to wait until friday"])
    func waitingNewsAboutNoTaskAddsNothing(_ text: String) async throws {
        try await HeldOutTests.expectNothingWritten(text)
    }

    @Test func leavingANoteIsStillAnAdd() {
        guard let task = IntentParser.parse("leave a note for the cleaner tomorrow").taskToAdd else {
            Issue.record("\(IntentParser.parse("leave a note for the cleaner tomorrow"))")
            return
        }
        #expect(task.title == "Leave a note for the cleaner")
    }
}
