import Testing
@testable import AgentCore

/// Requests typed fast between meetings, or in a hurry on a phone: office shorthand ("mtg",
/// "w/", "shd", "tickets", "blocker"), lists announced as "these", a part of the day said
/// before the day, and a sigh that only sounds like a task.
@Suite struct OfficeShorthandTests {
    @Test(arguments: [
        HeldOutCase("all done with the mtg notes", .complete(4)),
        HeldOutCase("the bike shd be every sunday", .update(10, ["recurrence": "weekly", "due": "2026-11-29"])),
        HeldOutCase("label the passport w/ admin", .update(7, ["tags": .array([.string("admin")])])),
        HeldOutCase("show me the travel tickets", .lists(["tag": "travel"])),
    ])
    func shorthandReadsAsTheWordsItStandsFor(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add these for monday - book the venue, order badges", .writes([
            .add("Book the venue", ["due": "2026-11-30"]), .add("Order badges", ["due": "2026-11-30"]),
        ])),
        HeldOutCase("add patch the login bug - blocker", .add("Patch the login bug", ["priority": "high"])),
        HeldOutCase("add uninstall the ad blocker", .add("Uninstall the ad blocker")),
        HeldOutCase("add chase the supplier note: ask for the March invoice", .add("Chase the supplier", ["description": "ask for the March invoice"])),
    ])
    func newTasksSaidTersely(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("renewed the passport, you can close that ticket", .complete(7)),
        HeldOutCase("the passport can slip to friday", .update(7, ["due": "2026-11-27"])),
        HeldOutCase("flights: morning tmrw instead", .update(6, ["due": "2026-11-27T09:00:00Z"])),
        HeldOutCase("pencil the garage in for saturday", .update(8, ["due": "2026-11-28"])),
        HeldOutCase("drop the dentist down to low, not urgent now", .update(2, ["priority": "low"])),
        HeldOutCase("bump the garage up to medium, it's not pressing", .update(8, ["priority": "medium"])),
        HeldOutCase("replace the bikes tags with weekend", .update(10, ["tags": .array([.string("weekend")])])),
    ])
    func changesToATaskSaidInPassing(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        "ugh the flights again till midnight",
        "sigh, renewals all afternoon",
    ])
    func aSighChangesNothing(_ text: String) async throws {
        try await HeldOutTests.expectHeld(HeldOutCase(text, .writesNothing))
    }
}
