import Testing
@testable import AgentCore

/// A task jotted like a note, its fields in sentences of their own.
@Suite struct FieldTrailTests {
    @Test(arguments: [
        HeldOutCase("need printer ink. due fri. urgent.", .add("Printer ink", ["due": "friday", "priority": "high"])),
        HeldOutCase("book the mot. next tuesday. low priority", .add("Book the mot", ["due": "2026-12-01", "priority": "low"])),
        HeldOutCase("add return the library books. tomorrow.", .add("Return the library books", ["due": "2026-11-27"])),
    ])
    func theFieldsBelongToTheTaskBeforeThem(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// News followed by a level is no task to add.
    @Test func newsThenALevelAddsNothing() {
        #expect(FieldTrail.request(in: "paid the rent. urgent.") == nil)
        #expect(FieldTrail.request(in: "friday. urgent.") == nil)
    }
}
