import Testing
@testable import AgentCore

/// Requests as a phone's dictation writes them down: no commas, numbers heard as the words
/// that sound like them ("task for", "do friday"), fillers ("and like"), a start given up
/// ("I gotta, I mean …"), and lists joined by "and" alone.
@Suite struct HeardWordsTests {
    @Test(arguments: [
        HeldOutCase("tick off task for", .complete(4)),
        HeldOutCase("remove task to", .delete(2)),
        HeldOutCase("move task six too monday", .update(6, ["due": "2026-11-30"])),
        HeldOutCase("make the bike do friday", .update(10, ["due": "2026-11-27"])),
        HeldOutCase("tick off tasks three seven and ten", .writes([.complete(3), .complete(7), .complete(10)])),
    ])
    func aNumberOrADateHeardAsAnotherWordIsReadAsMeant(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add apples and pears and like bananas", .writes([.add("Apples"), .add("Pears"), .add("Bananas")])),
        HeldOutCase("we should uh I mean I need to renew the car tax by friday", .add("Renew the car tax", ["due": "2026-11-27"])),
        HeldOutCase("for the bike one add a note saying the chain is rusty", .update(10, ["description": "the chain is rusty"])),
        HeldOutCase("i paid the rent tick it off", .complete(3)),
    ])
    func speechWithoutPunctuationIsReadAsTyped(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add wash the car saturday, hoover the van sunday",
                    .writes([.add("Wash the car", ["due": "2026-11-28"]), .add("Hoover the van", ["due": "2026-11-29"])])),
        HeldOutCase("add ring the vet on monday + buy dog food",
                    .writes([.add("Ring the vet", ["due": "2026-11-30"]), .add("Buy dog food")])),
    ])
    func twoErrandsWithADayOfTheirOwnAreTwoTasks(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("email sarah on monday instead", .update(9, ["due": "2026-11-30"])),
        HeldOutCase("the garage can go medium, it's not that urgent", .update(8, ["priority": "medium"])),
        HeldOutCase("set 6 high and 10 low", .writes([.update(6, ["priority": "high"]), .update(10, ["priority": "low"])])),
    ])
    func aChangeSaidOfATaskAlreadyThereChangesIt(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("pens + paper + glue, add them", .writes([.add("Pens"), .add("Paper"), .add("Glue")])),
        HeldOutCase("we need cat food and litter, add them", .writes([.add("Cat food"), .add("Litter")])),
        HeldOutCase("remind me to top up the car and renew the parking permit", .writes([.add("Top up the car"), .add("Renew the parking permit")])),
        HeldOutCase("add bins every other thursday", .add("Bins", ["recurrence": "every 14 days", "due": "2026-12-03"])),
        HeldOutCase(["move the bike to friday", "and put a note: chain needs oil"], .update(10, ["description": "chain needs oil"])),
    ])
    func listsRepeatsAndNotesSaidInPassing(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("when's the dentist due next", .lists(["search": "dentist"])),
        HeldOutCase("whatever happened to the passport?", .lists(["search": "passport"])),
        HeldOutCase("travel stuff i still need to do", .lists(["status": "pending", "tag": "travel"])),
        HeldOutCase("what's open in work", .lists(["status": "pending", "tag": "work"])),
    ])
    func aQuestionAboutWhereThingsStandIsAnswered(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
