import Testing
@testable import AgentCore

/// Changes said around news and doubt, as people explain themselves: the change is made to
/// the task it names, news that is a change of its own is made too, and a plan not yet made
/// or a word found only inside another word writes nothing.
@Suite struct NewsAndChangeTests {
    @Test(arguments: [
        HeldOutCase("sold the bike yesterday, delete fix the bike", .delete(10)),
        HeldOutCase("passport got renewed last week, tick off renew passport", .complete(7)),
        HeldOutCase("we moved house, so the garage one is cancelled", .delete(8)),
        HeldOutCase("Sarah retired, so the email to her can be deleted", .delete(9)),
    ])
    func newsThenTheChangeItCallsFor(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// After the news, words that only repeat the change it implies, or remark on it.
    @Test(arguments: [
        HeldOutCase("got the groceries sorted, can tick that off", .complete(1)),
        HeldOutCase("Sarah has moved abroad. cancel the email to her", .delete(9)),
        HeldOutCase("the trip's been called off so no need to book flights, please remove", .delete(6)),
        HeldOutCase("clear the due date on task 2, no rush", .update(2, ["due": nil])),
        HeldOutCase("the garage is urgent now, bump it up", .update(8, ["priority": "high"])),
        HeldOutCase("pay rent shouldnt recur any more, new lease from january", .update(3, ["recurrence": nil])),
    ])
    func newsThenWordsThatOnlyRepeatIt(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test func newsThatIsAChangeOfItsOwnIsMadeToo() async throws {
        try await HeldOutTests.expectHeld(
            HeldOutCase("groceries are bought,and the garage task can go, not doing it", .writes([.complete(1), .delete(8)])))
    }

    @Test(arguments: [
        HeldOutCase("The passport I have renewed, please mark as done", .complete(7)),
        HeldOutCase("action item 4 is closed out", .complete(4)),
        HeldOutCase("change the renew passport task so that it's due on friday", .update(7, ["due": "2026-11-27"])),
        HeldOutCase("the team meeting notes can go now", .delete(4)),
        HeldOutCase("the garage one can go in the bin, we're moving", .delete(8)),
        HeldOutCase("put the bike off until monday", .update(10, ["due": "2026-11-30"])),
        HeldOutCase("on the bike add a note: the chain needs oil", .update(10, ["description": "the chain needs oil"])),
        HeldOutCase("wipe the garage one off", .delete(8)),
        HeldOutCase("call the passport one 'Renew passport and visa' from now on", .update(7, ["title": "Renew passport and visa"])),
    ])
    func theTaskNamedBeforeTheRequest(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        "mark as done",
        "delete the ants task",
        "maybe i clean the garage tomorrow, not sure yet",
        "perhaps we book flights on monday",
    ])
    func nothingIsWrittenOnAGuess(_ text: String) async throws {
        try await HeldOutTests.expectHeld(HeldOutCase(text, .writesNothing))
    }
}
