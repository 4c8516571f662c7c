import Testing
@testable import AgentCore

/// Several things said in one breath, or said to a voice assistant: "it" after a change to a
/// named task is that task, an "add" said inside a wrapper goes, a title that stops
/// mid-phrase is asked about rather than added.
@Suite struct BreathTests {
    @Test(arguments: [
        HeldOutCase("move the dentist to monday and make it high", .update(2, ["due": "2026-11-30", "priority": "high"])),
        HeldOutCase("Hey chattui, add walk the dog tonight", .add("Walk the dog", ["due": "2026-11-26T20:00:00Z"])),
        HeldOutCase("ok chattui delete the garage task", .delete(8)),
        HeldOutCase("i need to add order more printer paper", .add("Order more printer paper")),
        HeldOutCase("the car insurance should be high priority", .writesNothing),
        HeldOutCase("renew passport should be low priority", .update(7, ["priority": "low"])),
        HeldOutCase("change the bike tag to weekend instead of home", .update(10, ["tags": .array([.string("weekend")])])),
        HeldOutCase(["add call the council", "make that every friday"], .update(11, ["due": "friday", "recurrence": "weekly"])),
        HeldOutCase("crossed off the rent and the flights", .writes([.complete(3), .complete(6)])),
        HeldOutCase("stick ring the school on there for tomorrow", .add("Ring the school", ["due": "2026-11-27"])),
        HeldOutCase("anything about sarah on my list", .lists(["search": "sarah"])),
        HeldOutCase("scrap the flights, not travelling now", .delete(6)),
    ])
    func eachPartIsReadAsMeant(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add pay the window cleaner or", .replies("stops in the middle")),
        HeldOutCase("reckon u could add walk the dog", .add("Walk the dog")),
        HeldOutCase("please don't add walk the dog", .writesNothing),
        HeldOutCase("what did I add yesterday", .writesNothing),
        HeldOutCase("ask Tom to add me to the rota tomorrow", .add("Ask Tom to add me to the rota", ["due": "2026-11-27"])),
    ])
    func aHalfReadRequestIsAskedAbout(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}

/// Two errands joined by "and", each with its own verb, are two tasks; one errand over two
/// things, or a second verb that points back with "them", is one.
@Suite struct TwoErrandTests {
    @Test(arguments: [
        HeldOutCase("add book the flights and pay the deposit", .writes([.add("Book the flights"), .add("Pay the deposit")])),
        HeldOutCase("add buy salt and pepper", .add("Buy salt and pepper")),
        HeldOutCase("add pick up the kids and take them swimming", .add("Pick up the kids and take them swimming")),
        HeldOutCase("add wash and dry the dishes", .add("Wash and dry the dishes")),
        HeldOutCase("add call mum and tell her about the party", .add("Call mum and tell her about the party")),
    ])
    func twoErrandsAreTwoTasks(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
