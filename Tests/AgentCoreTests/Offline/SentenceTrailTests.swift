import Testing
@testable import AgentCore

/// A request, then sentences that only say more about its task: one request with every field.
@Suite struct SentenceTrailTests {
    @Test(arguments: [
        HeldOutCase("add collect the parcel. put it on monday", .add("Collect the parcel", ["due": "2026-11-30"])),
        HeldOutCase("add order new glasses! tag it health and make it high", .add("Order new glasses", ["tags": .array([.string("health")]), "priority": "high"])),
        HeldOutCase("add descale the kettle and make it weekly. oh and tag it kitchen",
                    .add("Descale the kettle", ["recurrence": "weekly", "tags": .array([.string("kitchen")])])),
        HeldOutCase("add buy a tree. first of december. tag xmas",
                    .add("Buy a tree", ["due": "2026-12-01", "tags": .array([.string("xmas")])])),
        HeldOutCase("add clean the oven; tag home and chores", .add("Clean the oven", ["tags": .array([.string("home"), .string("chores")])])),
        HeldOutCase("remind me to send the invoice on friday. it's urgent lol", .add("Send the invoice", ["due": "2026-11-27", "priority": "high"])),
        HeldOutCase("add pay the water bill. it repeats monthly", .add("Pay the water bill", ["recurrence": "monthly"])),
    ])
    func fieldsSaidAfterANewTaskAreItsFields(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("the garage isn't urgent. make it low. and push it to sunday", .update(8, ["priority": "low", "due": "2026-11-29"])),
        HeldOutCase("rename task 6 to Book flights to Rome. oh and it's high priority", .update(6, ["title": "Book flights to Rome", "priority": "high"])),
    ])
    func fieldsSaidAfterAChangeJoinIt(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("the bike. push it to saturday", .update(10, ["due": "2026-11-28"])),
        HeldOutCase("have i renewed the passport? did it this morning so mark it done", .complete(7)),
        HeldOutCase("anything about the garage? bin it", .delete(8)),
    ])
    func aTaskNamedOrAskedAboutIsTheItOfTheNextSentence(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("complete task 4. oh wait no. complete task 6", .complete(6)),
        HeldOutCase("mark task 1 done. oh and #10 as well", .writes([.complete(1), .complete(10)])),
        HeldOutCase("delete task 3. and while you're at it remove the garage one", .writes([.delete(3), .delete(8)])),
        HeldOutCase("delete task 10. then add buy a new bike instead", .writes([.delete(10), .add("Buy a new bike")])),
        HeldOutCase("search garage. anything?", .lists(["search": "garage"])),
    ])
    func sentencesThatAreRequestsOfTheirOwn(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("label the dentist one health, and the passport one too",
                    .writes([.update(2, ["tags": .array([.string("health")])]), .update(7, ["tags": .array([.string("health")])])])),
        HeldOutCase("cleaned the garage. and the bike's sorted too", .writes([.complete(8), .complete(10)])),
        HeldOutCase("push the passport to monday and the garage too", .writes([.update(7, ["due": "2026-11-30"]), .update(8, ["due": "2026-11-30"])])),
    ])
    func theSameChangeForAnotherTaskSaidWithToo(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A later sentence that asks for something else is not a field: these are left to the
    /// readers of two requests.
    @Test func aSecondRequestIsNoField() {
        #expect(SentenceTrail.intent(in: "add buy milk. delete task 3") == nil)
        #expect(SentenceTrail.intent(in: "add buy milk. what's on friday?") == nil)
        #expect(SentenceTrail.intent(in: "add call dr. smith tomorrow") == nil)
        #expect(SentenceTrail.intent(in: "mark 2 done. make it high") == nil)
    }
}
