import Testing
@testable import AgentCore

/// How people word things the first time they try the app: a tag "not" another, a note
/// given, a slip in a title put right in the next message.
@Suite struct FirstTryWordingTests {
    @Test(arguments: [
        HeldOutCase("change the tags on task 4 to office instead of work", .update(4, ["tags": .array([.string("office")])])),
        HeldOutCase("email sarah should be tagged personal, not work", .update(9, ["tags": .array([.string("personal")])])),
        HeldOutCase("give the passport one a note saying photos are in the drawer", .update(7, ["description": "photos are in the drawer"])),
    ])
    func tagsAndNotesSaidPlainly(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase(["add buy bread", "sorry i meant sourdough bread"], .update(11, ["title": "Buy sourdough bread"])),
        HeldOutCase(["add buy bread", "oops i meant oat milk"], .update(11, ["title": "Oat milk"])),
        HeldOutCase(["add buy bread", "i meant call the baker"], .update(11, ["title": "Call the baker"])),
    ])
    func aSlipInANewTitleIsPutRight(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
