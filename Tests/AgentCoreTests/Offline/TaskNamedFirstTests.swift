import Testing
@testable import AgentCore

/// The task said first and what became of it after: "the rent I paid", "email sarah -> mon",
/// "the garage every saturday from now on", "the dentist no need date already, remove the date".
@Suite struct TaskNamedFirstTests {
    @Test(arguments: [
        HeldOutCase("the rent I paid this morning", .complete(3)),
        HeldOutCase("flights we booked already", .complete(6)),
        HeldOutCase("email sarah -> mon", .update(9, ["due": "2026-11-30"])),
        HeldOutCase("clean the garage every saturday from now on", .update(8, ["due": "saturday", "recurrence": "weekly"])),
        HeldOutCase("fix the bike daily from now on", .update(10, ["recurrence": "daily"])),
        HeldOutCase("the dentist no need date already, remove the date", .update(2, ["due": .null])),
        HeldOutCase("add send the invoice every month, first one on the 10th",
                    .add("Send the invoice", ["due": "2026-12-10", "recurrence": "monthly"])),
        HeldOutCase("remove fix the bike its sold now", .delete(10)),
        HeldOutCase("cancel the flights and the passport, holiday cancelled", .writes([.delete(6), .delete(7)])),
    ])
    func theTaskSaidFirstIsTheOneChanged(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A request that names what the person will do is no report of what they did.
    @Test(arguments: [
        HeldOutCase("add call the plumber I met tomorrow", .add("Call the plumber I met", ["due": "2026-11-27"])),
        HeldOutCase("email sarah -> about the invoice", .writesNothing),
    ])
    func aRequestStaysARequest(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
