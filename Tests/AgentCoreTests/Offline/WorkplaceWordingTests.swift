import Testing
@testable import AgentCore

/// The words of office chat and task apps: "snooze", "resolve", "knocked out", "todo …",
/// "filter by", "set a to-do for friday to …", a deadline given to a task, and a level said of
/// a task before its date.
@Suite struct WorkplaceWordingTests {
    @Test(arguments: [
        HeldOutCase("snooze the garage till monday", .update(8, ["due": "monday"])),
        HeldOutCase("resolve the bike one", .complete(10)),
        HeldOutCase("knocked out the passport and the bike", .writes([.complete(7), .complete(10)])),
        HeldOutCase("wrapped up the team meeting notes", .complete(4)),
        HeldOutCase("todo book the car in for its MOT friday", .add("Book the car in for its MOT", ["due": "friday"])),
        HeldOutCase("set a reminder for monday to order the cake", .add("Order the cake", ["due": "monday"])),
        HeldOutCase("add fix tom's bike, tag it family", .add("Fix tom's bike", ["tags": .array([.string("family")])])),
        HeldOutCase("set a due date for the garage to sunday", .update(8, ["due": "sunday"])),
        HeldOutCase("give the bike a deadline of the 20th", .update(10, ["due": "2026-12-20"])),
        HeldOutCase("the passport's urgent and has to be renewed by the 10th", .update(7, ["priority": "high", "due": "2026-12-10"])),
        HeldOutCase("add book club on friday at 7.15pm", .add("Book club", ["due": "2026-11-27T19:15:00Z"])),
        HeldOutCase("add swap my shift from monday to wednesday", .add("Swap my shift from monday to wednesday")),
    ])
    func theChangeIsMade(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("filter by low priority", .lists(["priority": "low"])),
        HeldOutCase("filter by travel", .lists(["tag": "travel"])),
        HeldOutCase("show only travel", .lists(["tag": "travel"])),
        HeldOutCase("filter to completed", .lists(["status": "completed"])),
    ])
    func aFilterAskedForAloneListsByIt(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// "snooze it" with nothing before it is a change without a target: a question, never an add.
    @Test func snoozingNothingNamedAsksWhich() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase("snooze it till monday", .asksWhich))
    }
}
