import Testing
@testable import AgentCore

/// "on friday remind me to …": when comes first, then the request; a clause about the
/// person's own day ("when i get home") only says when and is no part of the title.
@Suite struct ReminderAfterWhenTests {
    @Test(arguments: [
        HeldOutCase("on friday remind me to water the ferns", .add("Water the ferns", ["due": "2026-11-27"])),
        HeldOutCase("every sunday, remind me to call gran", .add("Call gran", ["due": "2026-11-29", "recurrence": "weekly"])),
        HeldOutCase("when i get home tomorrow remind me to feed the cat", .add("Feed the cat", ["due": "2026-11-27"])),
        HeldOutCase("tonight remind me to charge the camera", .add("Charge the camera", ["due": "2026-11-26T20:00:00Z"])),
    ])
    func theWhenIsTheDueDate(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
