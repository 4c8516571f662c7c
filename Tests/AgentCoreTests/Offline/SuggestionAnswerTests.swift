import Testing
@testable import AgentCore

/// A thing to do said alone is offered as an add, never added on a guess; "yes" to the offer
/// adds it, and "yes" to an offer that names no task does nothing.
@Suite struct SuggestionAnswerTests {
    @Test(arguments: ["renew the car tax", "ring the gas board", "buy more bird seed", "collect the prescription"])
    func anErrandSaidAloneIsOfferedNotAdded(text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).isEmpty)
        #expect(said.reply.contains("Did you mean to add a task “\(text)”?"))
    }

    @Test(arguments: ["yes", "yes please", "Yep.", "go ahead", "sure, thanks"])
    func yesToTheOfferAddsTheTask(answer: String) async throws {
        let said = try await HeldOutWorld().converse(["renew the car tax", answer])
        #expect(HeldOutVerdict.problem(.add("Renew the car tax"), exchanges: said.exchanges, reply: said.reply) == nil)
    }

    @Test func noToTheOfferWritesNothing() async throws {
        try await HeldOutTests.expectNothingWritten("renew the car tax", "no")
    }

    /// "Did you mean to rename a task? Say “rename task 3 to …”": the offer names no task.
    @Test func yesToAnOfferWithAPlaceholderWritesNothing() async throws {
        try await HeldOutTests.expectNothingWritten("delete", "yes")
    }

    /// A "yes" long after the offer answers whatever came since, not the offer.
    @Test func yesAfterAnotherTurnIsNoAnswerToTheOffer() async throws {
        try await HeldOutTests.expectNothingWritten("renew the car tax", "show my tasks", "yes")
    }

    @Test(arguments: ["book me a taxi", "write me a poem", "don't buy more bird seed"])
    func aRequestToTheAssistantIsNoErrand(text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(!said.reply.contains("Did you mean to add"))
    }
}
