import Testing
@testable import AgentCore

/// Requests in office speak ("action item", "EOW", "close out", "owner: me") and as teenagers
/// type them ("doneeee", "imma", "lol" and a remark after the task).
@Suite struct OfficeAndTeenWordingTests {
    @Test(arguments: [
        HeldOutCase("action item: book the venue for the offsite by thursday", .add("Book the venue for the offsite", ["due": "2026-12-03"])),
        HeldOutCase("two action items from the retro: fix the flaky build, update the runbook",
                    .writes([.add("Fix the flaky build"), .add("Update the runbook")])),
        HeldOutCase("2 things for tomorrow: call the bank, post the parcel",
                    .writes([.add("Call the bank", ["due": "2026-11-27"]), .add("Post the parcel", ["due": "2026-11-27"])])),
        HeldOutCase("could you stick 'pay the window cleaner' on for the 3rd", .add("Pay the window cleaner", ["due": "2026-12-03"])),
        HeldOutCase("add draft the newsletter — owner: me — by friday", .add("Draft the newsletter", ["due": "2026-11-27"])),
        HeldOutCase("add clear the ticket queue by EOW", .add("Clear the ticket queue", ["due": "2026-11-27"])),
        HeldOutCase("add book the optician tomorrow, it's overdue so high priority",
                    .add("Book the optician", ["due": "2026-11-27", "priority": "high"])),
        HeldOutCase("add water the plants every day haha my mum will check", .add("Water the plants", ["recurrence": "daily"])),
        HeldOutCase("add sort my desk low priority lol it's fine for now", .add("Sort my desk", ["priority": "low"])),
        HeldOutCase("imma need to renew my bus pass on monday, add it", .add("Renew my bus pass", ["due": "2026-11-30"])),
        HeldOutCase("add feed the cat tonight, can't forget this time", .add("Feed the cat", ["due": "2026-11-26T20:00:00Z"])),
        HeldOutCase("add ring the vet and download the forms", .writes([.add("Ring the vet"), .add("Download the forms")])),
    ])
    func theTaskIsAdded(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("bung a travel tag on the passport", .update(7, ["tags": ["travel"]])),
        HeldOutCase("chuck a note on the dentist one: bring the forms", .update(2, ["description": "bring the forms"])),
        HeldOutCase("chuck the bike task", .delete(10)),
        HeldOutCase("close out task 4", .complete(4)),
        HeldOutCase("the meeting notes can be closed now", .complete(4)),
        HeldOutCase(["add tidy the shed", "ok tidied it"], .complete(11)),
        HeldOutCase("number 9 is doneeee", .complete(9)),
        HeldOutCase("nvm, just delete the bike one", .delete(10)),
        HeldOutCase("rename task 8 to Clear out the garage and make it high priority",
                    .update(8, ["title": "Clear out the garage", "priority": "high"])),
        HeldOutCase("make the dentist high priority, need it sorted before the trip", .update(2, ["priority": "high"])),
        HeldOutCase("due date for the dentist: dec 10", .update(2, ["due": "2026-12-10"])),
        HeldOutCase("re: rent - friday", .update(3, ["due": "2026-11-27"])),
        HeldOutCase("push the flights to friday COB (5pm)", .update(6, ["due": "2026-11-27T17:00:00Z"])),
        HeldOutCase("relabel the groceries as food instead of shopping", .update(1, ["tags": ["food"]])),
        HeldOutCase("add the tags admin and home to the rent task", .update(3, ["tags": ["admin", "home"]])),
        HeldOutCase("the garage should happen every saturday going forward", .update(8, ["due": "2026-11-28", "recurrence": "weekly"])),
        HeldOutCase(["add call the plumber tomorrow", "make that 10am"], .update(11, ["due": "2026-11-27T10:00:00Z"])),
        HeldOutCase(["add sign the permission slip", "due monday pls"], .update(11, ["due": "2026-11-30"])),
    ])
    func theTaskIsChanged(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("what's due before dec 10", .lists(["due_before": "2026-12-10"])),
        HeldOutCase("list my pending action items", .lists(["status": "pending"])),
        HeldOutCase("what have I closed so far", .lists(["status": "completed"])),
        HeldOutCase("anything with dentist in the title", .lists(["search": "dentist"])),
        HeldOutCase("could I see a list of tasks tagged work", .lists(["tag": "work"])),
        HeldOutCase("show everything by date added", .lists(["sort": "created"])),
        HeldOutCase("list everything in the order I created them", .lists(["sort": "created"])),
    ])
    func theListIsShown(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Misreadings that would write: news of a new level added as a task, a counted list that
    /// names fewer tasks than it counts; and "chuck a … tag on" read as throwing the task away.
    @Test(arguments: [
        "the passport is now, honestly",
        "3 things: wash the car",
    ])
    func nothingWrongIsWritten(_ text: String) async throws {
        try await HeldOutTests.expectNothingWritten(text)
    }

    @Test func aTagThrownOnIsNeverADeletion() async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse(["chuck a food tag on the groceries"])
        #expect(!said.exchanges.contains { $0.name == TaskTool.deleteTask.rawValue }, "\(said.reply)")
        #expect(said.exchanges.contains { $0.name == TaskTool.updateTask.rawValue }, "\(said.reply)")
    }
}
