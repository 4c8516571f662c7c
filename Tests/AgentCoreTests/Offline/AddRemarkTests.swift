import Testing
@testable import AgentCore

/// What someone says after a new task about why, or about what happened, is no part of its
/// title, and a day or a time inside it is not its due date.
@Suite struct AddRemarkTests {
    @Test(arguments: [
        HeldOutCase("add buy coffee filters every friday, we always run out", .add("Buy coffee filters", ["due": "friday", "recurrence": "weekly"])),
        HeldOutCase("add get a new kettle. the old one died at 7am this morning", .add("Get a new kettle")),
        HeldOutCase("add post the parcel friday because the post office shuts on saturdays",
                    .add("Post the parcel", ["due": "friday"])),
        HeldOutCase("i need to return the jacket and it has to be before monday", .add("Return the jacket", ["due": "monday"])),
        HeldOutCase("add call the vet because it's been a week", .add("Call the vet")),
        HeldOutCase("add run for 20 mins daily", .add("Run for 20 mins", ["recurrence": "daily"])),
        HeldOutCase("add book the hall, i'll deal with the catering later", .add("Book the hall")),
        HeldOutCase("add ring the plumber, i'll do it on monday", .add("Ring the plumber", ["due": "monday"])),
    ])
    func theRemarkIsLeftOut(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
