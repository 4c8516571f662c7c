import Testing
@testable import AgentCore

/// Requests as people write them in a second language: the topic first and the command after
/// it with no pause and often no object ("bike task delete it", "flights make priority low"),
/// "ready with" for done, the list named first ("add to my list …"), hours as "16h30", and
/// thanks in their own language.
@Suite struct SecondLanguageWordingTests {
    @Test(arguments: [
        HeldOutCase("bike task delete it", .delete(10)),
        HeldOutCase("passport make priority high", .update(7, ["priority": "high"])),
        HeldOutCase("the rent - put also tag bills", .update(3, ["tags": ["bills"]])),
        HeldOutCase("item no. 8 make it done", .complete(8)),
        HeldOutCase("task nr 7 mark as done", .complete(7)),
        HeldOutCase("the garage task you can delete, is not needed", .delete(8)),
        HeldOutCase("ready with the passport", .complete(7)),
        HeldOutCase("i finished the bike and also the garage", .writes([.complete(10), .complete(8)])),
    ])
    func aTaskNamedFirstTakesTheCommandThatFollows(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("write on my list: ring the landlord", .add("Ring the landlord")),
        HeldOutCase("add to the list collect the dry cleaning friday", .add("Collect the dry cleaning", ["due": "2026-11-27"])),
        HeldOutCase("and add another one: defrost the freezer", .add("Defrost the freezer")),
        HeldOutCase("add haircut on friday at 16h30", .add("Haircut", ["due": "2026-11-27T16:30:00Z"])),
        HeldOutCase("add renew the bus pass tomorrow bitte", .add("Renew the bus pass", ["due": "2026-11-27"])),
        HeldOutCase("add collect the kids every friday, gracias", .add("Collect the kids", ["recurrence": "weekly", "due": "2026-11-27"])),
        HeldOutCase("add order printer ink por favor", .add("Order printer ink")),
    ])
    func anAddSaidTheWayOtherLanguagesSayItKeepsOnlyTheTask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("change tag travel to holiday on book flights", .update(6, ["tags": ["holiday"]])),
        HeldOutCase("change tag of the flights from travel to holiday", .update(6, ["tags": ["holiday"]])),
        HeldOutCase("flights: change tag travel to holiday", .update(6, ["tags": ["holiday"]])),
        HeldOutCase("put home and weekend tags on the bike task", .update(10, ["tags": ["home", "weekend"]])),
        HeldOutCase("add apples and pears to my list", .writes([.add("Apples"), .add("Pears")])),
    ])
    func tagsSwappedOrAddedWithTheWordTagBeforeThem(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase(["show my pending tasks", "remove the first"], .delete(1)),
        HeldOutCase(["what's tagged work", "the second one - move it to monday"], .update(9, ["due": "2026-11-30"])),
        HeldOutCase("renew passport please put medium", .update(7, ["priority": "medium"])),
    ])
    func aPlaceInTheListShownNeedsNoNoun(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
