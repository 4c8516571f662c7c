import Persistence
import Testing
@testable import AgentCore

/// "We won't be fixing the bike", "no longer need to renew the passport": news that a task
/// is off deletes it; news about a task that is not there writes nothing.
@Suite struct CancellationNewsTests {
    @Test(arguments: [
        ("we won't be fixing the bike, just sold it", 10),
        ("the trip got cancelled so lose the flights task", 6),
        ("no longer need to renew the passport", 7),
        ("not bothering with the garage anymore", 8),
        ("don't need to clean the garage after all", 8),
        ("Forget about the flights, we're driving", 6),
        ("i'm not going to fix the bike anymore", 10),
        ("the bike doesn't need fixing anymore", 10),
        ("the garage doesnt need to be cleaned after all", 8),
        ("scratch the garage, we're moving", 8),
        ("scratch the flights, trip's off", 6),
    ])
    func theTaskIsDeleted(text: String, taskID: Int64) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["delete_task"], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"] == .int(taskID))
    }

    @Test(arguments: ["we don't need anything else", "they don't need cleaning"])
    func needingNothingNamesNoTask(_ text: String) async throws {
        try await HeldOutTests.expectNothingWritten(text)
    }

    @Test func forgetAboutTheGymDeletesTheGymTask() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add go to the gym"])
        let said = try await world.converse(["forget about the gym"])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["delete_task"], "\(said.reply)")
    }

    @Test(arguments: ["we won't be painting the fence", "no longer need to book the hotel", "the party got cancelled",
                      "I'm not going to the garage today", "we're not doing the party this year"])
    func newsAboutNoTaskWritesNothing(_ text: String) async throws {
        try await HeldOutTests.expectNothingWritten(text)
    }

    /// "Suppress" (French "supprimer"), "task no. 9", and an emoji standing for the pause after the news.
    @Test(arguments: [
        HeldOutCase("suppress the task of the garage", .delete(8)),
        HeldOutCase("86 the flights", .delete(6)),
        HeldOutCase("drop the garage one, my brother's sorting it", .delete(8)),
        HeldOutCase("bin the bike task, no need", .delete(10)),
        HeldOutCase("yeet task 10", .delete(10)),
        HeldOutCase("my bike got nicked, get rid of fix the bike", .delete(10)),
        HeldOutCase("delete task no. 9, I am not working with sarah any more", .delete(9)),
        HeldOutCase("the bike shop closed down 😞 delete the bike task", .delete(10)),
    ])
    func foreignVerbsNumberSignsAndEmojiPauses(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
