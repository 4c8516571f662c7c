import Testing
@testable import AgentCore

/// Tasks done by someone else, as a PA, a parent or a partner tells it: "Dave did the
/// garage" ticks it off; "Sarah has emailed me" is something done to the user, which
/// ticks off nothing.
@Suite struct SomeoneElseTests {
    @Test(arguments: [
        HeldOutCase("Mum did the groceries", .complete(1)),
        HeldOutCase("my husband fixed the bike", .complete(10)),
        HeldOutCase("the kids have cleaned the garage", .complete(8)),
        HeldOutCase("she's booked the flights", .complete(6)),
        HeldOutCase("Priya rang the dentist and paid the rent so both are done", .writes([.complete(2), .complete(3)])),
    ])
    func aDeedOfSomeoneElseTicksTheTaskOff(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("Sarah has emailed me", .writesNothing),
        HeldOutCase("Sarah emailed me back", .writesNothing),
        HeldOutCase("the dentist rang us", .writesNothing),
    ])
    func somethingDoneToTheUserTicksOffNothing(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("remind him to renew the car tax by friday", .add("Renew the car tax", ["due": "friday"])),
        HeldOutCase("remind them to tidy their rooms", .add("Tidy their rooms")),
    ])
    func aReminderForSomeoneElseIsATask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
