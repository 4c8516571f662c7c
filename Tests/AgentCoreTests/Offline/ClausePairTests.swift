import Testing
@testable import AgentCore

/// News and a request in one message: the request is done to the task it names, or, through
/// a pronoun, to the task the news is about; the news never adds words to the request's
/// target, and a message of two requests is never cut to one.
@Suite struct ClausePairTests {
    @Test(arguments: [
        HeldOutCase("sarah's been emailed, cross that off", .complete(9)),
        HeldOutCase("finished with the garage, cross it off pls", .complete(8)),
        HeldOutCase("rang the dentist - all sorted", .complete(2)),
        HeldOutCase("the groceries have been bought, tick them off", .complete(1)),
        HeldOutCase("the bike got stolen, delete it", .delete(10)),
        HeldOutCase("sarah's left the company so no need to email her", .delete(9)),
        HeldOutCase("we've moved house, so scrap the garage one", .delete(8)),
        HeldOutCase("cancelled the trip - lose the flights", .delete(6)),
        HeldOutCase("my passport got lost so bin it", .delete(7)),
        HeldOutCase("the holiday is off so i dont need to book flights now, pls delete it", .delete(6)),
        HeldOutCase("I have finally fixed the bike, so you can mark it as done", .complete(10)),
        HeldOutCase("we paid the rent for december, so you may tick it off", .complete(3)),
        HeldOutCase("drop the dentist call, the surgery closed", .delete(2)),
        HeldOutCase("remove fix the bike, the frame rusted through", .delete(10)),
        HeldOutCase("the garage is clean, mark it off", .complete(8)),
        HeldOutCase("the meeting notes are written up, tick them off", .complete(4)),
        HeldOutCase("the passport isn't urgent any more, make it low", .update(7, ["priority": "low"])),
        HeldOutCase("the rent's sorted! cross it off", .complete(3)),
        HeldOutCase("Sold the bike!! get rid of it", .delete(10)),
        HeldOutCase("take the bike off, sold it", .delete(10)),
        HeldOutCase("booked the flights for me and the kids, all done", .complete(6)),
        HeldOutCase("make the bike high priority, need to fix it before the race", .update(10, ["priority": "high"])),
        HeldOutCase("make the passport urgent, really important now", .update(7, ["priority": "high"])),
        HeldOutCase("clear off the garage one, not happening", .delete(8)),
    ])
    func newsThenARequest(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        ("remove the team meeting notes, not needed", 4),
        ("delete the passport one, added it by mistake", 7),
        ("scrap fixing the bike, selling it", 10),
        ("get rid of renew passport - wrong list", 7),
        ("bin the garage task, moving out next month", 8),
    ])
    func aRequestThenAReasonWithoutAVerb(text: String, taskID: Int64) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["delete_task"], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"] == .int(taskID))
    }

    @Test(arguments: [
        ("the rent doesn't recur any more, stop the repeat", 3),
        ("pay rent shouldn't repeat, stop the recurrence pls", 3),
    ])
    func aChangeThenWordsThatRepeatIt(text: String, taskID: Int64) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["update_task"], "\(said.reply)")
        #expect(writes.first?.arguments["recurrence"] == .null)
    }

    @Test(arguments: [
        ("call mum, tick it off", "nothing"),
        ("the weather's awful, cancel it", "nothing"),
        ("delete the passport, the bike", "not one"),
    ])
    func noPronounIsGuessedAndNoRequestIsDropped(text: String, expectation: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        if expectation == "nothing" {
            #expect(writes.isEmpty, "\(writes.map(\.name)) \(said.reply)")
        } else {
            #expect(writes.count != 1, "\(writes.map(\.name)) \(said.reply)")
        }
    }

    /// "so often" says how often, not why: the task is kept and repeats less.
    @Test(arguments: [
        ["add water the tomatoes daily", "the tomatoes don't need watering so often, make it every 3 days"],
        ["add feed the fish every day", "the fish dont need feeding as often - make it every 2 days"],
    ])
    func lessOftenIsARepeatNotADeletion(messages: [String]) async throws {
        let said = try await HeldOutWorld().converse(messages)
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["update_task"], "\(said.reply)")
        #expect(writes.last?.arguments["task_id"] == .int(11))
        #expect(writes.last?.arguments["recurrence"]?.stringValue?.hasPrefix("every ") == true, "\(said.reply)")
    }

    @Test(arguments: [
        ("groceries can be crossed off now", 1),
        ("the bike can be marked as done", 10),
        ("done w/ the garage", 8),
        ("done with the passport renewal", 7),
    ])
    func aTaskSaidToBeDone(text: String, taskID: Int64) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["complete_task"], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"] == .int(taskID))
    }
}
