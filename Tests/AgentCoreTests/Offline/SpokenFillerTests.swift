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
        HeldOutCase("already fix bike liao", .complete(10)),
        HeldOutCase("email sarah already, can tick off", .complete(9)),
        HeldOutCase("pakiadd po change the bulbs sa garage", .add("Change the bulbs sa garage")),
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

/// Thanks and politeness of other languages ("diolch", Filipino "po"), "haha" and "idc" after
/// a request, "just" before it, and "both" after the names it counts.
@Suite struct PoliteParticleTests {
    @Test(arguments: [
        HeldOutCase("add ring the chapel on sunday, diolch", .add("Ring the chapel", ["due": "2026-11-29"])),
        HeldOutCase("pls add renew the permit po, due on the 7th", .add("Renew the permit", ["due": "2026-12-07"])),
        HeldOutCase("could you put down buy stamps on friday please", .add("Buy stamps", ["due": "2026-11-27"])),
        HeldOutCase("just bin the garage task haha", .delete(8)),
        HeldOutCase("delete fix the bike idc", .delete(10)),
        HeldOutCase("move the dentist and the bike both to monday", .writes([
            .update(2, ["due": "2026-11-30"]), .update(10, ["due": "2026-11-30"]),
        ])),
        HeldOutCase("rent's paid for this month", .complete(3)),
        HeldOutCase("Email Sarah - add a note: she prefers mornings", .update(9, ["description": "she prefers mornings"])),
    ])
    func politenessAndAsidesSayNothing(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
