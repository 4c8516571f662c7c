import Testing
@testable import AgentCore

/// A title in quotes is the title, whatever words frame it ("add please the task 'X'") and
/// whatever date follows it.
@Suite struct QuotedTitleTests {
    @Test(arguments: [
        HeldOutCase("add please the task 'renew the car tax' by month end", .add("Renew the car tax", ["due": "2026-11-30"])),
        HeldOutCase("new reminder called \"ring the vet\" for monday", .add("Ring the vet", ["due": "2026-11-30"])),
        HeldOutCase("could you add 'Steuer zahlen' until 3 December", .add("Steuer zahlen", ["due": "2026-12-03"])),
    ])
    func theQuoteIsTheTitle(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
