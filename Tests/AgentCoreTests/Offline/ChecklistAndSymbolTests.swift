import Testing
@testable import AgentCore

/// A list pasted from Markdown or a notes app ("- [ ] …" to do, "- [x] …" done), and an
/// emoji said in place of the verb ("🗑️ the bike", "groceries ✅").
@Suite struct ChecklistAndSymbolTests {
    @Test(arguments: [
        HeldOutCase("- [ ] book the MOT", .add("Book the MOT")),
        HeldOutCase("* [ ] ring the plumber friday\n* [ ] buy bin bags", .writes([.add("Ring the plumber", ["due": "friday"]), .add("Buy bin bags")])),
        HeldOutCase("- [X] renew passport", .complete(7)),
        HeldOutCase("[x] clean the garage\n[x] book flights", .writes([.complete(8), .complete(6)])),
        HeldOutCase("☑️ the garage", .complete(8)),
        HeldOutCase("renew passport ✔️", .complete(7)),
        HeldOutCase("🗑 fix the bike", .delete(10)),
        HeldOutCase("➕ pick up the dry cleaning", .add("Pick up the dry cleaning")),
    ])
    func theBoxOrTheSymbolSaysWhatToDo(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Open and ticked boxes together may be the person showing their list: nothing is
    /// ticked off or added on a guess.
    @Test(arguments: [
        HeldOutCase("- [x] book flights\n- [ ] renew passport", .writesNothing),
        HeldOutCase("✅", .writesNothing),
        HeldOutCase("🗑️ everything", .writesNothing),
    ])
    func aMixedOrEmptyListWritesNothing(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
