import Foundation
import Persistence
import Testing
@testable import AgentCore

/// A step that fails after text has streamed (a dropped connection, a server error
/// mid-reply) ends like Esc: the text is kept, marked interrupted, and a retry answers the
/// user's message again.
@Suite struct TurnDroppedStreamTests {
    @Test func aDroppedStreamKeepsItsTextMarkedInterruptedAndStillFails() async throws {
        let store = try TurnTestStore()
        let provider = ScriptedProvider([.failing([.textDelta("Half of an ans")], .streamEndedEarly)])

        let events = await store.agent(provider).send("Tell me a story", to: nil).collect()

        let id = try #require(events.conversationID)
        #expect(events.failure == .provider(.streamEndedEarly))
        let messages = try await store.messages(in: id)
        #expect(messages.map(\.role) == [.user, .assistant])
        #expect(messages[1].content == "Half of an ans")
        #expect(messages[1].interrupted)
    }

    @Test func retryAfterADroppedStreamAnswersTheUserMessageAgain() async throws {
        let store = try TurnTestStore()
        let failing = ScriptedProvider([.failing([.textDelta("Half of an ans")], .timedOut(url: "http://x"))])
        let id = try #require(await store.agent(failing).send("Tell me a story", to: nil).collect().conversationID)

        let provider = ScriptedProvider([ScriptedProvider.reply("Once upon a time.")])
        let events = await store.agent(provider).retry(conversationID: id).collect()

        #expect(events.summary?.reply == "Once upon a time.")
        // The request ends on the user's message, as the first one did
        #expect(provider.requests[0].messages.dropFirst() == [.user("Tell me a story")])
        let messages = try await store.messages(in: id)
        #expect(messages.map(\.content) == ["Tell me a story", "Half of an ans", "Once upon a time."])
        #expect(messages.map(\.interrupted) == [false, true, false])

        // And later turns see the cut reply where it was said
        let later = ScriptedProvider([])
        _ = await store.agent(later).send("Another", to: id).collect()
        #expect(later.requests[0].messages.dropFirst() == [
            .user("Tell me a story"), .assistant("Half of an ans"), .assistant("Once upon a time."), .user("Another"),
        ])
    }

    @Test func retryAfterAnInterruptionAnswersAgain() async throws {
        let store = try TurnTestStore()
        let turn = store.agent(ScriptedProvider([.hanging([.textDelta("Half")])])).send("Tell me a story", to: nil)
        var id: Int64?
        for await event in turn {
            if case .started(let started) = event { id = started }
            if case .textDelta = event { turn.cancel() }
        }
        let conversationID = try #require(id)

        let events = await store.agent(ScriptedProvider([])).retry(conversationID: conversationID).collect()

        #expect(events.summary?.reply == "ok")
        #expect(try await store.messages(in: conversationID).map(\.role) == [.user, .assistant, .assistant])
    }
}
