import Testing
@testable import AgentCore

/// Requests wrapped the way careful, polite writers wrap them: a name for the listener, "if
/// that's all right", "would you?", reasons and second sentences that only confirm the ask.
@Suite struct PoliteAndLongWindedTests {
    @Test(arguments: [
        HeldOutCase("The bike has been fixed, love.", .complete(10)),
        HeldOutCase("Would you tick off number 2, my dear?", .complete(2)),
        HeldOutCase("I should like to add ring the plumber on Friday, if that's all right.", .add("Ring the plumber", ["due": "2026-11-27"])),
        HeldOutCase("I must order more teabags tomorrow, could you pop that on the list?", .add("Order more teabags", ["due": "2026-11-27"])),
        HeldOutCase("Make the garage high priority, would you?", .update(8, ["priority": "high"])),
    ])
    func courtesiesAroundARequestAreNoPartOfIt(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add sort the loft, description: boxes by the door", .add("Sort the loft", ["description": "boxes by the door"])),
        HeldOutCase("Add call the vet. There's no rush.", .add("Call the vet", ["priority": "low"])),
        HeldOutCase("Add three more things please: post the letter, buy stamps and ring Jean.",
                    .writes([.add("Post the letter"), .add("Buy stamps"), .add("Ring Jean")])),
        HeldOutCase("Task 8, please add the note 'borrow the van'.", .update(8, ["description": "borrow the van"])),
        HeldOutCase("For the bike, put 'new inner tube' as the description.", .update(10, ["description": "new inner tube"])),
    ])
    func fieldsSaidInTheirOwnWords(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("The passport is sorted at last. Tick it please.", .complete(7)),
        HeldOutCase("The dentist is on Monday this time. Would you change it?", .update(2, ["due": "2026-11-30"])),
        HeldOutCase("Can the passport wait till next week?", .update(7, ["due": "2026-11-30"])),
        HeldOutCase("Could you change the bike so that it's due on Saturday?", .update(10, ["due": "2026-11-28"])),
        HeldOutCase("The garage isn't low priority now, it's urgent.", .update(8, ["priority": "high"])),
        HeldOutCase("I'd like the garage one removed altogether.", .delete(8)),
        HeldOutCase("ive already called the dentist, tick it off", .complete(2)),
    ])
    func newsAndWishesAboutATask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("Please file the flights under holiday as well as travel.", .update(6, ["tags": .array([.string("travel"), .string("holiday")])])),
        HeldOutCase("Email Sarah should be tagged personal rather than work.", .update(9, ["tags": .array([.string("personal")])])),
        HeldOutCase("Remove the travel tag from the flights and use holiday instead.", .update(6, ["tags": .array([.string("holiday")])])),
        HeldOutCase("the passport one, add tags travel and admin", .update(7, ["tags": .array([.string("travel"), .string("admin")])])),
        HeldOutCase("replace the tags on task 9 with personal", .update(9, ["tags": .array([.string("personal")])])),
    ])
    func tagsKeptSwappedOrAdded(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("Could I see what's still to do under work?", .lists(["status": "pending", "tag": "work"])),
        HeldOutCase("Show me what is yet to be done, please.", .lists(["status": "pending"])),
        HeldOutCase(["what's on my list", "Thank you. The second one is done now."], .complete(2)),
        HeldOutCase(["Please add two new tasks: ring the bank and buy a card.", "Make the second one urgent, would you?"],
                    .update(12, ["priority": "high"])),
    ])
    func listsAndTheTasksTheyShow(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// What the user already does is no new task: the engine says how to make one repeat.
    @Test func aHabitOfTheUsersIsNoNewTask() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase("I call the dentist every Friday, you know.", .replies("already do")))
    }
}
