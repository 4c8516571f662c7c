import Testing
@testable import AgentCore

/// Requests typed as to a command line or a ticket tracker ("ls", "rm 2 4", "#3 eta mon",
/// "+errands", "p1"), and the terse notes of people typing on a short break: a task named
/// with only a field after it, a 24-hour time after a date, a repeat that starts "from" a day.
@Suite struct TrackerShorthandTests {
    @Test(arguments: [
        HeldOutCase("grep rent", .lists(["search": "rent"])),
        HeldOutCase("ls pending", .lists(["status": "pending"])),
        HeldOutCase("ls --sort priority", .lists(["sort": "priority"])),
        HeldOutCase("ls +shopping", .lists(["tag": "shopping"])),
        HeldOutCase("pending p1s", .lists(["status": "pending", "priority": "high"])),
    ])
    func aShorthandQueryLists(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("todo: renew the van tax +car", .add("Renew the van tax", ["tags": ["car"]])),
        HeldOutCase("todo (p2): sort the receipts", .add("Sort the receipts", ["priority": "medium"])),
        HeldOutCase("add `order toner` tags=office,supplies", .add("Order toner", ["tags": ["office", "supplies"]])),
        HeldOutCase("add draft the newsletter -- note: use last month's template", .add("Draft the newsletter", ["description": "use last month's template"])),
        HeldOutCase("add service the van eta tue", .add("Service the van", ["due": "2026-12-01"])),
    ])
    func aShorthandTaskIsAdded(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("rm 2 4", .writes([.delete(2), .delete(4)])),
        HeldOutCase("#3 eta mon", .update(3, ["due": "2026-11-30"])),
        HeldOutCase("#10 p1", .update(10, ["priority": "high"])),
        HeldOutCase("item 2 p3", .update(2, ["priority": "low"])),
        HeldOutCase("task 3 medium priority", .update(3, ["priority": "medium"])),
        HeldOutCase("#6 -travel", .update(6, ["tags": []])),
        HeldOutCase("#1 +errands", .update(1, ["tags": ["shopping", "errands"]])),
        HeldOutCase("#8 notes: bring the ladder", .update(8, ["description": "bring the ladder"])),
        HeldOutCase(["add sharpen the mower blades", "p1 it"], .update(11, ["priority": "high"])),
    ])
    func aShorthandChangeIsMade(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A task named with nothing but a field changes that task; a name no task has is a new one.
    @Test(arguments: [
        HeldOutCase("passport no rush", .update(7, ["priority": "low"])),
        HeldOutCase("dentist monthly", .update(2, ["recurrence": "monthly"])),
        HeldOutCase("the bike needs doing by friday", .update(10, ["due": "2026-11-27"])),
        HeldOutCase("flights asap", .update(6, ["priority": "high"])),
        HeldOutCase("oat milk asap", .add("Oat milk", ["priority": "high"])),
    ])
    func aTaskNamedWithAFieldIsChanged(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add vet 5th dec 0930", .add("Vet", ["due": "2026-12-05T09:30:00Z"])),
        HeldOutCase("add vet on dec 5 2027", .add("Vet", ["due": "2027-12-05"])),
        HeldOutCase("add change the water filter monthly from the 3rd", .add("Change the water filter", ["due": "2026-12-03", "recurrence": "monthly"])),
        HeldOutCase("add mop the stairs every 3 days from tmrw", .add("Mop the stairs", ["due": "2026-11-27", "recurrence": "every 3 days"])),
        HeldOutCase("add call grandad this wknd", .add("Call grandad", ["due": "2026-11-28"])),
    ])
    func aDateIsReadAsShiftWorkersWriteIt(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("tag rent bills", .update(3, ["tags": ["bills"]])),
        HeldOutCase("tag rent bills and home", .update(3, ["tags": ["bills", "home"]])),
        HeldOutCase("tag the bike one #weekend #outdoors", .update(10, ["tags": ["weekend", "outdoors"]])),
        HeldOutCase("bike tag weekend", .update(10, ["tags": ["weekend"]])),
        HeldOutCase("groceries - swap #shopping for #food", .update(1, ["tags": ["food"]])),
        HeldOutCase("retag 4: admin instead of work", .update(4, ["tags": ["admin"]])),
    ])
    func aTagIsSaidTersely(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// "s/old/new/": words of the title replaced, the rest of it kept, case as typed.
    @Test(arguments: [
        HeldOutCase("s/garage/shed/ on 8", .update(8, ["title": "Clean the shed"])),
        HeldOutCase("s/Sarah/Sarah and Tom/ #9", .update(9, ["title": "Email Sarah and Tom"])),
        HeldOutCase("s/flights/trains/ for task 6", .update(6, ["title": "Book trains"])),
    ])
    func wordsOfATitleAreReplaced(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("s/boat/car/ on 10", .replies("no “boat”")),
        HeldOutCase("s/bike/car/ on 40", .replies("40")),
    ])
    func aSubstitutionThatCannotApplyChangesNothing(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Misreadings that used to write: a task named "Task 3", a tag named "2", "Ls".
    @Test(arguments: ["task 3 zzz", "#2 qqq", "ls p9", "task 5"])
    func aNumberedTaskIsNeverAddedAsATitle(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(!said.exchanges.contains { $0.name == TaskTool.addTask.rawValue }, "\(said.reply)")
    }
}
