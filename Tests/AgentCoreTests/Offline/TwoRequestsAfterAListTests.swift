import Testing
@testable import AgentCore

/// Two requests in the message after a list or a change: places in the list just shown, "that
/// one" and then another request, an undo and the change made again on another task.
@Suite struct TwoRequestsAfterAListTests {
    @Test(arguments: [
        HeldOutCase(["show me what's tagged work", "the first one is done. oh and delete the second"], .writes([.complete(4), .delete(9)])),
        HeldOutCase(["what's tagged work", "finish the second one and delete the first"], .writes([.complete(9), .delete(4)])),
        HeldOutCase(["anything about the passport?", "that one's done. ok and add renew the driving licence"],
                    .writes([.complete(7), .add("Renew the driving licence")])),
    ])
    func eachRequestActsOnItsOwnTask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase(["mark 8 as done", "oops wrong one. undo it and mark 10 instead"], .writes([.undo, .complete(10)])),
        HeldOutCase(["complete task 6", "wrong one, undo. i meant 4"], .writes([.undo, .complete(4)])),
        HeldOutCase(["delete task 1", "undo that and delete 10 instead"], .writes([.undo, .delete(10)])),
    ])
    func anUndoThenTheChangeOnAnotherTask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
