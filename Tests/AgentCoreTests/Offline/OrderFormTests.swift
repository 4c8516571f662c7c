import Testing
@testable import AgentCore

/// Requests written as a form ("Task: … Deadline: 0900 Monday.", "Action: complete", "New
/// deadline: …"), tickets for tasks, and a weekday said before its date.
@Suite struct OrderFormTests {
    @Test(arguments: [
        HeldOutCase("Task: service the generator. Deadline: 0900 Monday.",
                    .add("Service the generator", ["due": "2026-11-30T09:00:00Z"])),
        HeldOutCase("Task: order the wreath. Priority: high.", .add("Order the wreath", ["priority": "high"])),
        HeldOutCase("Task: book flights. Action: complete.", .complete(6)),
        HeldOutCase("Fix the bike. New deadline: 5 December.", .update(10, ["due": "2026-12-05"])),
        HeldOutCase("new ticket: rotate the API keys", .add("Rotate the API keys")),
        HeldOutCase("close the passport ticket", .complete(7)),
        HeldOutCase("add write the speech by Saturday 5th December", .add("Write the speech", ["due": "2026-12-05"])),
        HeldOutCase("add ring the vet on fri the 4th", .add("Ring the vet", ["due": "2026-12-04"])),
    ])
    func aFormIsReadAsTheSentenceItStandsFor(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
