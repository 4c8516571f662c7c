import Testing
@testable import AgentCore

/// Messages typed as fragments ("bike. done."), a tick said as a word, and a state written
/// as a list heading ("Done: call the dentist"), read as the request they make.
@Suite struct FragmentTests {
    @Test(arguments: [
        HeldOutCase("passport. renewed. tick.", .complete(7)),
        HeldOutCase("groceries, tick", .complete(1)),
        HeldOutCase("new one. renew car tax. friday.", .add("Renew car tax", ["due": "friday"])),
        HeldOutCase("new one, order the logs", .add("Order the logs")),
        HeldOutCase("Done: \"Call the dentist\"", .complete(2)),
        HeldOutCase("finished - fix the bike", .complete(10)),
    ])
    func theFragmentsMakeOneRequest(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A clock that ticks is a title, not a tick.
    @Test func aTickInsideATitleStays() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase("add fix the clock that won't tick", .add("Fix the clock that won't tick")))
    }
}
