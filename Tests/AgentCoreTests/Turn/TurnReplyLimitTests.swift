import Foundation
import Persistence
import Testing
import TestSupport
@testable import AgentCore

/// A runaway reply (an endless stream, a model that never stops) is stopped at the reply
/// limit: what came before is kept, marked interrupted, and the turn says why.
@Suite struct TurnReplyLimitTests {
    @Test func aStreamThatNeverEndsIsStoppedAtTheLimitAndItsTextKept() async throws {
        let store = try TurnTestStore()
        // The stream never finishes on its own: only the limit can end this turn.
        let provider = ScriptedProvider([.hanging(Array(repeating: .textDelta("0123456789"), count: 50))])

        let events = await store.agent(provider) { $0.replyLimit = 125 }.send("Count for ever", to: nil).collect()

        #expect(events.failure == .provider(.replyTooLong(limit: 125)))
        let id = try #require(events.conversationID)
        let kept = try await store.messages(in: id)[1]
        #expect(kept.content == String(repeating: "0123456789", count: 12) + "01234")
        #expect(kept.interrupted)
        // The screen was shown exactly what was kept
        #expect(events.streamedText == kept.content)
    }

    @Test func theLimitNeverSplitsACharacter() async throws {
        let store = try TurnTestStore()
        // "é" is two bytes and "👍🏽" eight: 12 bytes hold "aé", "👍🏽" and "x", and 4 of the last 👍🏽.
        let provider = ScriptedProvider([.hanging([.textDelta("aé"), .textDelta("👍🏽x👍🏽")])])

        let events = await store.agent(provider) { $0.replyLimit = 12 }.send("Emoji", to: nil).collect()

        let id = try #require(events.conversationID)
        #expect(try await store.messages(in: id)[1].content == "aé👍🏽x")
        #expect(events.failure == .provider(.replyTooLong(limit: 12)))
    }

    @Test func reasoningAndToolArgumentsCountTowardsTheLimit() async throws {
        let store = try TurnTestStore()
        let thinking = Reasoning(text: String(repeating: "hmm ", count: 40), field: "reasoning_content")
        let call = ToolCall(id: "c1", name: "add_task", arguments: #"{"title": "\#(String(repeating: "x", count: 200))"}"#)
        let provider = ScriptedProvider([
            .events([.reasoningDelta(thinking), .textDelta("ok"), .finished(.stop, nil)]),
            .events([.toolCalls([call]), .finished(.toolCalls, nil)]),
        ])
        let agent = store.agent(provider) { $0.replyLimit = 100 }

        let reasoned = await agent.send("Think hard", to: nil).collect()
        let called = await agent.send("Add a long one", to: nil).collect()

        #expect(reasoned.failure == .provider(.replyTooLong(limit: 100)))
        #expect(called.failure == .provider(.replyTooLong(limit: 100)))
        // A call cut off by the limit never runs
        #expect(try store.tasks.list(TaskQuery()).tasks.isEmpty)
    }

    @Test func aReplyWithinTheLimitIsUntouched() async throws {
        let store = try TurnTestStore()
        let reply = String(repeating: "word ", count: 20)
        let events = await store.agent(ScriptedProvider([ScriptedProvider.reply(reply)])) { $0.replyLimit = reply.utf8.count }
            .send("Talk", to: nil).collect()

        #expect(events.failure == nil)
        #expect(events.summary?.reply == reply)
    }

    @Test func theMessageNamesTheLimit() {
        #expect(ProviderError.replyTooLong(limit: 1 << 20).description.hasPrefix("The reply passed 1 MiB and was stopped"))
        #expect(ProviderError.replyTooLong(limit: 500).description.contains("500 bytes"))
    }

    @Test func overHTTPTheStreamIsDroppedOnceTheLimitIsPassed() async throws {
        // 40,000 characters, five to an event at 100 events a second, would take 80 s to arrive whole.
        let server = try await FakeOpenAIServer.start(script: #"""
        [{"text": "\#(String(repeating: "abcd", count: 10_000))", "chunk_size": 5, "delay_between_chunks": 0.01}]
        """#)
        defer { server.stop() }
        let store = try TurnTestStore()
        let provider = OpenAIProvider(configuration: OpenAIConfiguration(baseURL: server.baseURL, model: "test-model"))

        let started = ContinuousClock.now
        let events = await store.agent(provider) { $0.replyLimit = 60 }.send("Go on", to: nil).collect()

        #expect(events.failure == .provider(.replyTooLong(limit: 60)))
        #expect(ContinuousClock.now - started < .seconds(40), "the turn waited for the whole stream")
        let id = try #require(events.conversationID)
        #expect(try await store.messages(in: id)[1].content == String(repeating: "abcd", count: 15))
    }
}

private extension [TurnEvent] {
    var streamedText: String {
        map { event in
            guard case .textDelta(let text) = event else { return "" }
            return text
        }.joined()
    }
}
