import Testing
@testable import AgentCore

/// A change said in the passive, of the task rather than to the assistant: "the gas bill
/// should be marked as paid". None of it is a new title or a new task.
@Suite struct PassiveRequestTests {
    @Test(arguments: [
        HeldOutCase("the garage task should be deleted", .delete(8)),
        HeldOutCase("the passport should be marked as done", .complete(7)),
        HeldOutCase("the bike should be fixed by saturday", .update(10, ["due": "saturday"])),
        HeldOutCase("the dentist should be set to low", .update(2, ["priority": "low"])),
        HeldOutCase("change the bike so it's due saturday", .update(10, ["due": "saturday"])),
        HeldOutCase("the flights should come round every month", .update(6, ["recurrence": "monthly"])),
    ])
    func thePassiveIsTheChange(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
