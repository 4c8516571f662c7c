import Testing
@testable import AgentCore

/// Words spelled the way they sound or as a phone's autocorrect leaves them ("dleet",
/// "won" for "one", "garaj"), read as the words meant.
@Suite struct SpellingBySoundTests {
    @Test(arguments: [
        HeldOutCase("dleet the bike won", .delete(10)),
        HeldOutCase("delite the garaj task", .delete(8)),
        HeldOutCase("cleand the garage yesterday", .complete(8)),
        HeldOutCase("compleet the passport won", .complete(7)),
    ])
    func theWordMeantIsRead(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// "won" is "one" only after a task's name: a team that won is news.
    @Test func aWinIsNotATask() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase("the team won the quiz, add buy a trophy", .add("Buy a trophy")))
    }
}
