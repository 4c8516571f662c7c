import Persistence
import Testing
@testable import AgentCore

/// People name a task inside their own story ("the dentist appointment was cancelled") or
/// with a slip of a key ("the pasport"): the one task whose object words they all said is
/// meant. Another deed beside those words, or a second task they also fit, writes nothing.
@Suite struct StoryTargetTests {
    @Test(arguments: [
        HeldOutCase("the garage clear-out is off, remove it", .delete(8)),
        HeldOutCase("the passport appointment is cancelled", .delete(7)),
        HeldOutCase("the dentist visit moved to friday, change it to friday", .update(2, ["due": "2026-11-27"])),
        HeldOutCase("i finaly renewed the pasport", .complete(7)),
        HeldOutCase("done with the grocries", .complete(1)),
        HeldOutCase("we paid the rent for december already, mark it done", .complete(3)),
    ])
    func theTaskWhoseObjectsWereSaidIsChanged(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("delete the email to the dentist", .writesNothing),
        HeldOutCase("I emailed the dentist", .writesNothing),
        HeldOutCase("I bought a new bike", .writesNothing),
        HeldOutCase("remove the bike shop visit", .writesNothing),
        HeldOutCase("the garage door repair is cancelled, delete it", .writesNothing),
        HeldOutCase("the bike shop called about the dentist, delete it", .writesNothing),
    ])
    func anotherDeedOrAnotherObjectWritesNothing(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test func twoTasksWithTheSaidObjectsAreAskedAbout() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add book the dentist"])
        let said = try await world.converse(["the dentist appointment was cancelled, remove it"])
        #expect(said.exchanges.filter(\.isWrite).isEmpty, "\(said.reply)")
        #expect(said.reply.lowercased().contains("which"))
    }
}
