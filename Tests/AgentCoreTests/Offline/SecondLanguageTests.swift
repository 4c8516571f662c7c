import Testing
@testable import AgentCore

/// Everyday English written with the habits of another language (dates as "15.12" or "the
/// 2. december", the task before the verb, "made" for done), and family logistics typed on
/// a phone: the list just shown as "it", fields piled after a new task.
@Suite struct SecondLanguageTests {
    @Test(arguments: [
        HeldOutCase("add renew the parking permit until 3.12", .add("Renew the parking permit", ["due": "2026-12-03"])),
        HeldOutCase("add pay the tax by 9.12.2026", .add("Pay the tax", ["due": "2026-12-09"])),
        HeldOutCase("add install version 3.12 of the app", .add("Install version 3.12 of the app")),
        HeldOutCase("add bring the cake, for the 5. december", .add("Bring the cake", ["due": "2026-12-05"])),
    ])
    func datesWrittenTheEuropeanWay(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("mark the task 7 as made", .complete(7)),
        HeldOutCase("to the bike add also the tag weekend", .update(10, ["tags": .array([.string("weekend")])])),
        HeldOutCase("to the passport add a note: photos are in the drawer", .update(7, ["description": "photos are in the drawer"])),
        HeldOutCase("the flights can wait, put them next week", .update(6, ["due": "2026-11-30"])),
        HeldOutCase("the bike can wait, do it on saturday", .update(10, ["due": "2026-11-28"])),
    ])
    func theTaskSaidInAnotherOrder(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("task 7 is finish", .complete(7)),
        HeldOutCase("put the bike for saturday", .update(10, ["due": "2026-11-28"])),
        HeldOutCase("have I anything about the passport?", .lists(["search": "passport"])),
        HeldOutCase("show me all what is done", .lists(["status": "completed"])),
        HeldOutCase("which tasks are of work?", .lists(["tag": "work"])),
        HeldOutCase("change the title of task 7 to: Renew passport and visa", .update(7, ["title": "Renew passport and visa"])),
        HeldOutCase("the dentist is friday at 4pm, put also the time", .update(2, ["due": "2026-11-27T16:00:00Z"])),
        HeldOutCase("groceries every sunday from now", .update(1, ["recurrence": "weekly", "due": "2026-11-29"])),
    ])
    func grammarCarriedOverFromAnotherLanguage(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("bike's mended, Tom fixed it", .complete(10)),
        HeldOutCase(["add buy a kite", "oops wrong list, remove it"], .delete(11)),
        HeldOutCase(["anything about the flights?", "they've moved it to friday 10am"], .update(6, ["due": "2026-11-27T10:00:00Z"])),
        HeldOutCase(["add pick up the dry cleaning", "write in the note: ticket 55"], .update(11, ["description": "ticket 55"])),
    ])
    func newsFromTheFamily(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("put swimming lesson for Ava in for friday", .add("Swimming lesson for Ava", ["due": "2026-11-27"])),
        HeldOutCase("add order the school photos, no rush, tag it kids", .add("Order the school photos", ["priority": "low", "tags": .array([.string("kids")])])),
        HeldOutCase(["show my shopping tasks", "add plasters and suncream to it"], .writes([
            .add("Plasters", ["tags": .array([.string("shopping")])]), .add("Suncream", ["tags": .array([.string("shopping")])]),
        ])),
        HeldOutCase(["what's on my list", "add wrapping paper to it"], .add("Wrapping paper")),
    ])
    func familyErrandsTypedInPassing(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
