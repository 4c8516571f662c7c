import Testing
@testable import AgentCore

/// Requests written formally ("a task entitled '…'", "Add please: …"), in London slang
/// ("proper urgent innit"), with a place or a pet name among the words ("on a call", "cheers
/// x"), and "number 2" said right after a list that has no #2 (its second task is meant).
@Suite struct FormalAndSlangTests {
    @Test(arguments: [
        HeldOutCase("Kindly create a task entitled 'Service the fire extinguishers', due 10 December.",
                    .add("Service the fire extinguishers", ["due": "2026-12-10"])),
        HeldOutCase("Please add a task, renew the parking permit on monday.", .add("Renew the parking permit", ["due": "monday"])),
        HeldOutCase("A task to book the minibus should be created for the 8th.", .add("Book the minibus", ["due": "2026-12-08"])),
        HeldOutCase("Add please: order the hymn books", .add("Order the hymn books")),
        HeldOutCase("add fix the shed door, it's proper urgent innit", .add("Fix the shed door", ["priority": "high"])),
        HeldOutCase("add wax the skis, no rush tho", .add("Wax the skis", ["priority": "low"])),
        HeldOutCase("renewed the passport, cheers x", .complete(7)),
        HeldOutCase("tick off the bike pls, in a meeting", .complete(10)),
        HeldOutCase(["add collect the cake", "never mind, delete it"], .delete(11)),
        HeldOutCase("move email sarah to friday mate", .update(9, ["due": "friday"])),
        HeldOutCase(["show my work tasks", "number 2 is done"], .complete(9)),
        HeldOutCase(["show my work tasks", "number 9 is done"], .complete(9)),
        HeldOutCase("look through my list for passport", .lists(["search": "passport"])),
        HeldOutCase("Show every pending task, sorted by due date.", .lists(["status": "pending", "sort": "due"])),
    ])
    func theRequestIsReadAsMeant(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
