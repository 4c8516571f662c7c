import Testing
@testable import AgentCore

/// A search that finds nothing is tried without its plural and then as a tag.
@Suite struct SearchWideningTests {
    @Test(arguments: ["anything about bills?", "find bills", "any BILLS on my list"])
    func aPluralFindsTheSingularTitle(_ text: String) async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add pay the electricity bill"])
        let said = try await world.converse([text])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply.contains("Pay the electricity bill"))
    }

    @Test(arguments: ["anything about work?", "ANYTHING ABOUT TRAVEL"])
    func aWordNoTitleHoldsFindsTheTaggedTasks(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply.hasPrefix("You have"))
        #expect(!said.reply.hasPrefix("You have no"))
    }
}
