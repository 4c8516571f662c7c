import Testing
@testable import AgentCore

/// Requests as older people write or dictate them: punctuation said by name, a story before
/// the request, "my" and "the" before a thing of their own, "would you" after the request,
/// and a note or a second field joined on with "and".
@Suite struct CourteousDictationTests {
    @Test(arguments: [
        HeldOutCase("add book the boiler service comma friday at nine", .add("Book the boiler service", ["due": "2026-11-27T09:00:00Z"])),
        HeldOutCase("new task colon ring the surgery about my results", .add("Ring the surgery about my results")),
        HeldOutCase("add fix the comma in the newsletter", .add("Fix the comma in the newsletter")),
        HeldOutCase("add my flu jab at the surgery on monday", .add("Flu jab at the surgery", ["due": "monday"])),
        HeldOutCase("add the school nativity on the 10th", .add("The school nativity", ["due": "2026-12-10"])),
        HeldOutCase("put renew the car tax on the list would you, no rush", .add("Renew the car tax", ["priority": "low"])),
        HeldOutCase("add a high priority task to ring the council", .add("Ring the council", ["priority": "high"])),
        HeldOutCase("add call the vet, tag it pets and make it urgent", .add("Call the vet", ["tags": .array([.string("pets")]), "priority": "high"])),
        HeldOutCase("add three tasks: call the bank, book the car in and cancel the paper",
                    .writes([.add("Call the bank"), .add("Book the car in"), .add("Cancel the paper")])),
        HeldOutCase("add order the cake and leave a note on it saying chocolate not vanilla",
                    .add("Order the cake", ["description": "chocolate not vanilla"])),
        HeldOutCase("add the carol service, it's on the 20th at six o'clock in the evening",
                    .add("The carol service", ["due": "2026-12-20T18:00:00Z"])),
    ])
    func theTaskIsAddedAsMeant(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A story first, then the request after "so here goes" or ", so please remind me": only
    /// the request is read, never the story as a title.
    @Test(arguments: [
        HeldOutCase("Hello, my son set this up for me, so here goes. I must book my flu jab before friday",
                    .add("Book my flu jab", ["due": "friday"])),
        HeldOutCase("The boiler's playing up again and I keep forgetting, so please remind me to ring the plumber tomorrow",
                    .add("Ring the plumber", ["due": "tomorrow"])),
    ])
    func theRequestAfterTheStoryIsRead(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("put the plants back on the list as not done", .update(5, ["completed": .bool(false)])),
        HeldOutCase("show my tasks by when they're due", .lists(["sort": "due"])),
        HeldOutCase("show everything with the travel tag on it", .lists(["tag": "travel"])),
    ])
    func theChangeOrListIsMade(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// "as not done" is never news that something is done.
    @Test func aTaskWantedBackAsNotDoneIsNeverCompleted() async throws {
        let said = try await HeldOutWorld().converse(["I need to walk the dog again, would you put it back on my list as not done"])
        #expect(!said.exchanges.contains { $0.isWrite && $0.name == "complete_task" }, "\(said.reply)")
    }
}
