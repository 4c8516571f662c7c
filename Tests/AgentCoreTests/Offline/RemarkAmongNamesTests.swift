import Testing
@testable import AgentCore

/// A change to named tasks with a remark, a correction or an exception among the names:
/// "scrap the passport one, renewed it online", "tick off the bike, sorry, the garage",
/// "done the bike and the garage but not the passport".
@Suite struct RemarkAmongNamesTests {
    @Test(arguments: [
        HeldOutCase("scrap the passport one, renewed it online", .delete(7)),
        HeldOutCase("remove the flights task, they're booked through work", .delete(6)),
        HeldOutCase("tick off the bike, sorry, the garage", .complete(8)),
        HeldOutCase("complete the dentist and the bike but not the garage", .writes([.complete(2), .complete(10)])),
        HeldOutCase("delete the garage task, not the bike", .delete(8)),
    ])
    func theRemarkIsPassedOver(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A second name that is a thing, not a clause, must match a task: nothing is changed
    /// on half a request.
    @Test(arguments: [
        HeldOutCase("delete the bike and the gym membership", .replies("no task matches")),
        HeldOutCase("complete the garage, the car wash", .replies("no task matches")),
    ])
    func aNameThatMatchesNothingStopsTheChange(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
