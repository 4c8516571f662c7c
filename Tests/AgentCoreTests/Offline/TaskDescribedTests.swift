import Testing
@testable import AgentCore

/// A task pointed at by what it is rather than what it is called: the day it is due (told
/// apart from tasks due earlier by the day the system prompt gives), its priority, or its
/// name split in two by dictation ("the past port").
@Suite struct TaskDescribedTests {
    @Test(arguments: [
        HeldOutCase("tick off the one due on tuesday", .complete(3)),
        HeldOutCase("I've finished the one due the 1st", .complete(3)),
        HeldOutCase("the urgent task is done", .complete(2)),
        HeldOutCase("bin my low priority one", .delete(8)),
        HeldOutCase("push the high priority one to monday", .update(2, ["due": "monday"])),
        HeldOutCase("cross off the pass port one", .complete(7)),
    ])
    func theDescriptionFindsTheTask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Two tasks are due on Friday: which one is meant is asked, not guessed.
    @Test(arguments: [
        HeldOutCase("complete the one due friday", .asksWhich),
        HeldOutCase("delete the one due on the 20th", .writesNothing),
    ])
    func aDescriptionOfSeveralAsks(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
