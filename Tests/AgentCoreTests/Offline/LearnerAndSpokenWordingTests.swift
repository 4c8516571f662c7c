import Testing
@testable import AgentCore

/// Requests as people write them in a second language ("remember me to", "I am needing to",
/// "put as done", "put high priority to") and as people used to voice assistants say them
/// (a wake word, times in words, "hashtag", "like", "no wait", "then" between ids).
@Suite struct LearnerAndSpokenWordingTests {
    @Test(arguments: [
        HeldOutCase("remember me to water the tomatoes tomorrow", .add("Water the tomatoes", ["due": "2026-11-27"])),
        HeldOutCase("I am needing to renew the visa next week", .add("Renew the visa", ["due": "2026-11-30"])),
        HeldOutCase("put in my list soap, towels and shampoo", .writes([.add("Soap"), .add("Towels"), .add("Shampoo")])),
        HeldOutCase("write on the list 'ring the embassy' on monday", .add("Ring the embassy", ["due": "2026-11-30"])),
        HeldOutCase("add low priority task: sort the receipts", .add("Sort the receipts", ["priority": "low"])),
        HeldOutCase("add a medium priority task clean the oven", .add("Clean the oven", ["priority": "medium"])),
        HeldOutCase("book a cab for friday, please put it on my list", .add("Book a cab", ["due": "2026-11-27"])),
        HeldOutCase("add book the vet at seven fifteen p m tomorrow", .add("Book the vet", ["due": "2026-11-27T19:15:00Z"])),
        HeldOutCase("remind me to ring grandma on sunday at four thirty", .add("Ring grandma", ["due": "2026-11-29T16:30:00Z"])),
        HeldOutCase("add check the boiler at nine oh five a m friday", .add("Check the boiler", ["due": "2026-11-27T09:05:00Z"])),
        HeldOutCase("add pay the water bill monthly hashtag bills", .add("Pay the water bill", ["recurrence": "monthly", "tags": .array([.string("bills")])])),
        HeldOutCase("remind me to floss like every day", .add("Floss", ["recurrence": "daily"])),
        HeldOutCase("add buy the biscuits the kids like", .add("Buy the biscuits the kids like")),
        HeldOutCase("add my brother's birthday on the 3rd of december", .add("My brother's birthday", ["due": "2026-12-03"])),
        HeldOutCase("add: return the library books; post the parcel", .writes([.add("Return the library books"), .add("Post the parcel")])),
        HeldOutCase("add three things, email the landlord, book the vet and pay the nursery, all high priority",
                    .writes([.add("Email the landlord", ["priority": "high"]), .add("Book the vet", ["priority": "high"]),
                             .add("Pay the nursery", ["priority": "high"])])),
    ])
    func theTaskIsAddedAsMeant(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("put medium priority to the garage", .update(8, ["priority": "medium"])),
        HeldOutCase("please put as done the bike", .complete(10)),
        HeldOutCase("repeat the team meeting notes every week", .update(4, ["recurrence": "weekly"])),
        HeldOutCase("add a new tag called family to the groceries", .update(1, ["tags": .array([.string("shopping"), .string("family")])])),
        HeldOutCase("add a description to the passport task which says bring two photos", .update(7, ["description": "bring two photos"])),
        HeldOutCase("complete task number two and then task number nine", .writes([.complete(2), .complete(9)])),
        HeldOutCase("delete item four no wait item eight", .delete(8)),
        HeldOutCase("alexa, mark number ten done", .complete(10)),
        HeldOutCase("set the flights for five forty five p m friday", .update(6, ["due": "2026-11-27T17:45:00Z"])),
        HeldOutCase("for the groceries, change the tag shopping to errands", .update(1, ["tags": .array([.string("errands")])])),
        HeldOutCase("replace the work tag of email sarah with personal", .update(9, ["tags": .array([.string("personal")])])),
    ])
    func theTaskIsChanged(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Taking back what was just done, in the words of someone who regrets it.
    @Test(arguments: [
        HeldOutCase(["mark the garage done", "I didn't mean that, take it back"], .writes([.undo])),
        HeldOutCase(["delete the flights", "sorry I did a mistake, bring it back"], .writes([.undo])),
        HeldOutCase(["mark the bike done", "reverse the last change you made"], .writes([.undo])),
        HeldOutCase(["add buy a scarf", "never mind remove that"], .delete(11)),
        HeldOutCase(["add book the ferry", "add a note to it ferry leaves at six"], .update(11, ["description": "ferry leaves at six"])),
    ])
    func theFollowUpIsRead(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("look in my list for the word passport", .lists(["search": "passport"])),
        HeldOutCase("show all my tasks, done ones also", .lists([:])),
    ])
    func theListIsAsked(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
