import Testing
@testable import AgentCore

/// A list managed over several messages, with remarks in between that ask for nothing ("ok",
/// "too many lol"): the request that counts is the last one that asked for something.
@Suite struct LongerConversationTests {
    @Test(arguments: [
        HeldOutCase(["show my work tasks", "ok cool", "close both"], .writes([.complete(4), .complete(9)])),
        HeldOutCase(["add wrap the presents", "add buy tape", "bin both of those"], .writes([.delete(11), .delete(12)])),
        HeldOutCase(["add fix the gate", "and oil the hinges", "tag them both diy"], .writes([
            .update(11, ["tags": .array([.string("diy")])]), .update(12, ["tags": .array([.string("diy")])]),
        ])),
        HeldOutCase(["add descale the kettle", "put a note on it: vinegar works", "actually make the note 'use the tablets'"],
                    .update(11, ["description": "use the tablets"])),
    ])
    func laterMessagesLeanOnTheRequestBefore(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("just the low priority ones", .lists(["priority": "low"])),
        HeldOutCase("the bike: tags diy and summer", .update(10, ["tags": .array([.string("diy"), .string("summer")])])),
        HeldOutCase("the passport you can tick off", .complete(7)),
    ])
    func shortRequestsMidConversation(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
