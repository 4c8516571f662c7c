import Testing
@testable import AgentCore

/// A task named first and then changed through "it" ("the bike, I fixed it"), and a task
/// named by its place in the list just shown: "the top one", "the bottom one".
@Suite struct TopicAndPositionTests {
    @Test(arguments: [
        HeldOutCase("the bike, I fixed it", .complete(10)),
        HeldOutCase("the garage task, bin it", .delete(8)),
        HeldOutCase("the dentist, move it to monday please", .update(2, ["due": "2026-11-30"])),
        HeldOutCase("the task about the passport, you can scrap it", .delete(7)),
        HeldOutCase("email sarah, put it down for monday", .update(9, ["due": "2026-11-30"])),
    ])
    func aTaskNamedFirstIsWhatTheChangeIsAbout(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A topic that names no task, or a change that names its own, is no topic.
    @Test(arguments: [
        HeldOutCase("typo in task 4, should be Team meeting agenda", .update(4, ["title": "Team meeting agenda"])),
        HeldOutCase("the weather, I hate it", .writesNothing),
        HeldOutCase("the car, I washed it", .writesNothing),
    ])
    func otherwiseTheMessageIsReadAsBefore(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase(["show my work tasks", "the bottom one is done"], .complete(9)),
        HeldOutCase(["what's pending", "move the top one to friday"], .update(1, ["due": "2026-11-27"])),
        HeldOutCase(["show everything", "delete the final one"], .delete(10)),
        HeldOutCase("delete the last one", .replies("show my tasks")),
        HeldOutCase(["what's pending", "tick off the first two"], .writes([.complete(1), .complete(2)])),
        HeldOutCase(["show my work tasks", "the first and second are done"], .writes([.complete(4), .complete(9)])),
        HeldOutCase("delete the top 3", .replies("show my tasks")),
    ])
    func topAndBottomArePlacesInTheListShown(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}

/// A topic, its change and a reason in one message; a number in a new task's title that
/// names no task.
@Suite struct TopicWithReasonTests {
    @Test(arguments: [
        HeldOutCase("The bike task, delete it please, my brother has fixed it already", .delete(10)),
        HeldOutCase("add drop the spare keys at flat 6", .add("Drop the spare keys at flat 6")),
        HeldOutCase("add delete task 4 tomorrow", .replies("command")),
    ])
    func theTopicTakesTheChangeAndTheReasonIsLeft(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
