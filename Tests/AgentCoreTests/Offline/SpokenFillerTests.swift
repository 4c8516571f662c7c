import Testing
@testable import AgentCore

/// Fillers of speech and chat ("um", "like", "so yeah") and the particles of Singapore and
/// Malaysian English ("lah", "liao", "…, can?", "or not") end up in no title and change no
/// request; a word that only looks like one ("a watering can") stays.
@Suite struct SpokenFillerTests {
    @Test(arguments: [
        HeldOutCase("um, add, uh, water the lawn on saturday", .add("Water the lawn", ["due": "2026-11-28"])),
        HeldOutCase("so yeah I, like, emailed sarah", .complete(9)),
        HeldOutCase("like, move the bike to the, um, the 3rd", .update(10, ["due": "2026-12-03"])),
        HeldOutCase("add call the landlord tomorrow lah", .add("Call the landlord", ["due": "2026-11-27"])),
        HeldOutCase("renew passport done already liao", .complete(7)),
        HeldOutCase("add collect the parcel tomorrow can?", .add("Collect the parcel", ["due": "2026-11-27"])),
        HeldOutCase("can help me delete the garage task or not", .delete(8)),
        HeldOutCase("garage sorted finally yay", .complete(8)),
        HeldOutCase("done bike n garage", .writes([.complete(10), .complete(8)])),
    ])
    func fillersSayNothing(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add buy a watering can", .add("Buy a watering can")),
        HeldOutCase("add call Del about the van tomorrow", .add("Call Del about the van", ["due": "2026-11-27"])),
        HeldOutCase("del #4", .delete(4)),
        HeldOutCase("add find out if I like the new gym", .add("Find out if I like the new gym")),
        HeldOutCase("got anything tagged travel", .lists(["tag": "travel"])),
    ])
    func wordsThatOnlyLookLikeFillersStay(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
