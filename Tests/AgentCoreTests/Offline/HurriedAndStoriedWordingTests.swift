import Testing
@testable import AgentCore

/// Requests as busy people thumb them out and as older people tell them: a lead-in before
/// the request ("b4 i forget", "nearly forgot", a sentence about the app), a time said after
/// the title, a clock time without "pm", notes said in other ways, and remarks that are not
/// tasks at all.
@Suite struct HurriedAndStoriedWordingTests {
    @Test(arguments: [
        HeldOutCase("before I forget: add renew the car tax", .add("Renew the car tax")),
        HeldOutCase("almost forgot - order more printer paper friday", .add("Order more printer paper", ["due": "friday"])),
        HeldOutCase("new one. Book the chimney sweep next week", .add("Book the chimney sweep", ["due": "next week"])),
        HeldOutCase("My son set this up for me. Ring the optician on monday", .add("Ring the optician", ["due": "monday"])),
        HeldOutCase("I have a physio appointment on the 4th at 3:45", .add("Physio appointment", ["due": "2026-12-04T15:45:00Z"])),
        HeldOutCase("I've got a haircut on saturday at 10:30", .add("Haircut", ["due": "2026-11-28T10:30:00Z"])),
        HeldOutCase("add team drinks at 5:30 tonight", .add("Team drinks", ["due": "2026-11-26T17:30:00Z"])),
        HeldOutCase("add early train on monday at 6:15 in the morning", .add("Early train", ["due": "2026-11-30T06:15:00Z"])),
        HeldOutCase("add monday renew the parking permit at 9am", .add("Renew the parking permit", ["due": "2026-11-30T09:00:00Z"])),
        HeldOutCase("add crisps, lemonade and napkins", .writes([.add("Crisps"), .add("Lemonade"), .add("Napkins")])),
        HeldOutCase("add paper plates, cups and straws", .writes([.add("Paper plates"), .add("Cups"), .add("Straws")])),
        HeldOutCase("add order the flowers with a note saying lilies not roses", .add("Order the flowers", ["description": "lilies not roses"])),
        HeldOutCase("add pay the council tax, it's overdue", .add("Pay the council tax")),
        HeldOutCase("add friday call the plumber", .add("Call the plumber", ["due": "friday"])),
        HeldOutCase("add friday drinks with the team", .add("Friday drinks with the team")),
        HeldOutCase("add water the hanging baskets every weds", .add("Water the hanging baskets", ["due": "2026-12-02", "recurrence": "weekly"])),
    ])
    func theTaskIsAddedAsMeant(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Notes and tags said to a task by other words than "note on X:".
    @Test(arguments: [
        HeldOutCase("on the passport one please add a note - photos are in the drawer", .update(7, ["description": "photos are in the drawer"])),
        HeldOutCase("put a note on the garage job \"the key is under the mat\"", .update(8, ["description": "the key is under the mat"])),
        HeldOutCase("for the bike task jot down: new chain needed", .update(10, ["description": "new chain needed"])),
        HeldOutCase("passport: note - the old one expires in march", .update(7, ["description": "the old one expires in march"])),
        HeldOutCase("add urgent to the tags on the flights one", .update(6, ["tags": .array([.string("travel"), .string("urgent")])])),
    ])
    func theTaskIsChanged(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Deeds told with when they were done, pronouns after vague words, shorthand names and
    /// the done ones asked for alongside the rest.
    @Test(arguments: [
        HeldOutCase("cleaned the garage and fixed the bike yesterday", .writes([.complete(8), .complete(10)])),
        HeldOutCase("I phoned about that business with the dentist so cross it off", .complete(2)),
        HeldOutCase("the dentist appt is friday at 4pm now", .update(2, ["due": "2026-11-27T16:00:00Z"])),
        HeldOutCase("show me all of it even the finished ones", .lists([:])),
        HeldOutCase("urgent stuff I haven't done", .lists(["priority": "high", "status": "pending"])),
    ])
    func theRequestIsRead(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// "make it 2pm" of a task due saturday: the time moves within that day, not to today.
    @Test func aTimeAloneKeepsTheTasksDay() async throws {
        let said = try await HeldOutWorld().converse(["add collect the suit on saturday", "make it 2pm"])
        let stored = said.exchanges.last { $0.name == TaskTool.updateTask.rawValue }?.result["due"]?.stringValue
        #expect(stored == "2026-11-28T14:00:00Z")
    }

    /// Remarks and half-said changes: nothing is written.
    @Test(arguments: [
        "it's so miserable out this morning isn't it",
        "rent due the 5th this time",
    ])
    func nothingIsWritten(_ text: String) async throws {
        try await HeldOutTests.expectHeld(HeldOutCase(text, .writesNothing))
    }
}
