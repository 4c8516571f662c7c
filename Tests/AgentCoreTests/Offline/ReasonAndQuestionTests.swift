import Persistence
import Testing
@testable import AgentCore

/// A reason after a request is not part of the task's name, and a question about whether
/// something is done is answered from its status without writing.
@Suite struct ReasonAndQuestionTests {
    @Test(arguments: [
        ("delete the flights task, trip is cancelled", "delete_task", 6), ("cancel the flights, I'm not going", "delete_task", 6),
        ("mark the rent done since I paid it yesterday", "complete_task", 3), ("scrap the garage one - it's not happening", "delete_task", 8),
        ("complete the dentist because I called them", "complete_task", 2), ("DELETE THE BIKE, SOLD IT. IT'S GONE", "delete_task", 10),
        ("bump the passport to high priority, it expires soon", "update_task", 7),
        ("I would like you to delete the task regarding the team meeting notes, as the meeting has been cancelled.", "delete_task", 4),
        ("tick off the bike, as I fixed it this morning", "complete_task", 10),
        ("bump the garage to high priority pls, the in-laws arriving sunday", "update_task", 8),
        ("make the passport high priority, I have to travel in january", "update_task", 7),
        ("push the dentist to monday, we need to be at the school on friday", "update_task", 2),
        ("bin the garage one, no time till spring", "delete_task", 8),
        ("scrap the flights, all sorted through work", "delete_task", 6),
    ])
    func theReasonIsDroppedFromTheTarget(text: String, tool: String, id: Int) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == [tool])
        #expect(writes.first?.arguments["task_id"] == .int(Int64(id)))
    }

    /// "How do I tick it off?" after the news, about a task named, asks for it to be done.
    @Test func askingHowToTickATaskOffTicksItOff() async throws {
        let said = try await HeldOutWorld().converse(["sorted the bike today. how can I mark it done?"])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["complete_task"])
        let help = try await HeldOutWorld().converse(["how do I delete a task?"])
        #expect(help.exchanges.isEmpty)
    }

    @Test(arguments: ["nice one, that's me sorted for today", "that's us done for the week"])
    func sayingYouAreSortedWritesNothing(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.isEmpty, "\(said.reply)")
    }

    @Test(arguments: ["delete the milk, the eggs and the bread", "complete task 3, 4 and 5"])
    func aListOfNamesIsNoReason(_ text: String) {
        #expect(ReasonClause.request(in: text) == nil)
    }

    @Test(arguments: [
        ("did I water the plants?", "Yes: #5 ☑ Water the plants is done."),
        ("have I paid the rent?", "Not yet: #3 ☐ Pay rent — due Tue 1 Dec · monthly is still pending."),
        ("did i book the flights yet", "Not yet: #6 ☐ Book flights — #travel is still pending."),
        ("Is the bike done?", "Not yet: #10 ☐ Fix the bike is still pending."),
        ("have I renewed my passport", "Not yet: #7 ☐ Renew passport is still pending."),
        ("did I feed the cat?", "No task matches “feed the cat”, so I can't tell. Say “show everything” to see your tasks."),
        ("did tom already fix the bike?", "Not yet: #10 ☐ Fix the bike is still pending."),
    ])
    func aStatusQuestionIsAnsweredWithoutWriting(text: String, reply: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply == reply)
    }

    /// A level asked about is answered from the task, never set: "is X marked as high?"
    /// reads like "mark X as high" but asks.
    @Test(arguments: [
        ("is the garage task flagged as high?", "No: #8 Clean the garage has low priority."),
        ("Is calling the dentist set to urgent?", "Yes: #2 Call the dentist is high priority."),
        ("is the passport a low priority?", "No: #7 Renew passport has no priority set."),
        ("are the flights important?", "No: #6 Book flights has no priority set."),
    ])
    func aQuestionAboutALevelIsAnsweredWithoutWriting(text: String, reply: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply == reply)
    }

    @Test func aRepeatingTaskPaidThisTimeIsDoneWithItsNextOnePending() async throws {
        let said = try await HeldOutWorld().converse(["complete the rent", "have I paid the rent?"])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply == "Yes: #3 ☑ Pay rent — due Tue 1 Dec · monthly is done; the next one, #11 ☐ Pay rent — due Fri 1 Jan 2027 · monthly, is still pending.")
    }
}
