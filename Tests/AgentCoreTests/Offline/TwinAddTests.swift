import Testing
@testable import AgentCore

/// A task already on the list, said again with a date or a level and no word of adding, is
/// that task's new date or level, not a twin of it; anything else is still a new task.
@Suite struct TwinAddTests {
    @Test(arguments: [
        HeldOutCase("fix the bike on saturday", .update(10, ["due": "2026-11-28"])),
        HeldOutCase("renew passport monday high priority", .update(7, ["due": "2026-11-30", "priority": "high"])),
        HeldOutCase("make the bike fix saturday morning", .update(10, ["due": "2026-11-28T09:00:00Z"])),
        HeldOutCase("the passport renewal one move on monday", .update(7, ["due": "2026-11-30"])),
    ])
    func aTaskSaidAgainWithADateGetsTheDate(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("fix the fence on saturday", .add("Fix the fence", ["due": "2026-11-28"])),
        HeldOutCase("water the plants friday", .add("Water the plants", ["due": "2026-11-27"])),
        HeldOutCase("make a birthday cake sunday", .add("Make a birthday cake", ["due": "2026-11-29"])),
        HeldOutCase("add fix the bike saturday", .add("Fix the bike", ["due": "2026-11-28"])),
    ])
    func aTaskNotOnTheListOrAnExplicitAddIsStillNew(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test func aTitleEndingOnAVerbOfChangeIsDoubtedButAThingToMoveIsNot() {
        #expect(AddDoubt.reason("Passport - make") != nil)
        #expect(AddDoubt.reason("For the bike put") != nil)
        #expect(AddDoubt.reason("Boxes to move") == nil)
        #expect(AddDoubt.reason("Send the quote for their move") == nil)
    }
}
