import Testing
@testable import AgentCore

/// People planning an event or sharing one list: several tasks with one tag for all, news of
/// what someone else did, remarks about who promised what, and questions about a day.
@Suite struct HouseholdAndPlanningTests {
    @Test(arguments: [
        HeldOutCase("add tinsel, fairy lights & wrapping paper - tag them all christmas",
                    .writes([.add("Tinsel", ["tags": ["christmas"]]), .add("Fairy lights", ["tags": ["christmas"]]), .add("Wrapping paper", ["tags": ["christmas"]])])),
        HeldOutCase("add call the florist monday, pick up suits dec 4 and print menus next week, all tagged wedding",
                    .writes([.add("Call the florist", ["due": "2026-11-30", "tags": ["wedding"]]), .add("Pick up suits", ["due": "2026-12-04", "tags": ["wedding"]]),
                             .add("Print menus", ["due": "2026-11-30", "tags": ["wedding"]])])),
        HeldOutCase("add school shoes for the kids, tags kids + shopping", .add("School shoes for the kids", ["tags": ["kids", "shopping"]])),
    ])
    func oneTagSaidForAListIsEveryTasks(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("passport is urgent, fees keep going up", .update(7, ["priority": "high"])),
        HeldOutCase("tag the bike one sam so she knows it's hers", .update(10, ["tags": ["sam"]])),
        HeldOutCase("bike this weekend, she promised", .update(10, ["due": "2026-11-28"])),
        HeldOutCase("remove #8 we sold the house", .delete(8)),
        HeldOutCase("delete the passport one, mine's fine till 2031", .delete(7)),
        HeldOutCase("bin the garage task, new house", .delete(8)),
        HeldOutCase("rent doesn't need to be high, low's fine", .update(3, ["priority": "low"])),
        HeldOutCase("passport: low priority and do it on friday", .update(7, ["priority": "low", "due": "2026-11-27"])),
        HeldOutCase("the rent should be tagged bills and home as well", .update(3, ["tags": ["bills", "home"]])),
        HeldOutCase("rent + passport both need doing by the end of the month", .writes([.update(3, ["due": "2026-11-30"]), .update(7, ["due": "2026-11-30"])])),
    ])
    func aRemarkAboutWhoOrWhyIsNoPartOfTheChange(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("emailed sarah this morning so that's done", .complete(9)),
        HeldOutCase("dad paid the rent", .complete(3)),
        HeldOutCase("x off #4", .complete(4)),
    ])
    func newsOfADeedCompletesItsTask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test func aClaimTheUserDeniesChangesNothing() async throws {
        try await HeldOutTests.expectNothingWritten("sam says the bike is done. it isn't. keep it on the list")
    }

    @Test func aNoteSaidAloneAfterAnAddIsThatTasksNote() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase(["add pay the window cleaner", "note: cash under the mat"], .update(11, ["description": "cash under the mat"])))
    }

    @Test func aNoteSaidAloneAfterSeveralAddsAsksWhichTask() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase(["add paint, brushes and tape", "note: the matt finish"], .asksWhich))
    }

    @Test(arguments: [
        HeldOutCase("anything still pending about the dentist", .lists(["status": "pending", "search": "dentist"])),
        HeldOutCase("find the one about the bike", .lists(["search": "bike"])),
        HeldOutCase("what's left on the travel side", .lists(["status": "pending", "tag": "travel"])),
        HeldOutCase("what's on for saturday?", .lists(["status": "pending", "due_before": "2026-11-28", "sort": "due"])),
        HeldOutCase(["what does the rent one say", "make it high priority"], .update(3, ["priority": "high"])),
    ])
    func aQuestionAboutADayATagOrATaskLists(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
