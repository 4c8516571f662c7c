import Testing
import TestSupport
@testable import AgentCore

/// The provider over real HTTP against stream files in the shapes real servers send
/// (`Tests/Fixtures/fake_openai/streams`, written for this project).
@Suite struct OpenAIProviderServerShapesTests {
    static func replay(_ file: String) async throws -> StreamOutcome {
        let server = try await FakeOpenAIServer.start(script: #"[{"raw_stream": "\#(file)"}]"#)
        defer { server.stop() }
        return await OpenAIProviderFaultTests.provider(server.baseURL, maxRetries: 0).outcome(of: .user("hi"))
    }

    static func reasoning(of outcome: StreamOutcome) -> Reasoning? {
        let pieces = outcome.events.compactMap { if case .reasoningDelta(let piece) = $0 { piece } else { nil } }
        guard let first = pieces.first else { return nil }
        return Reasoning(text: pieces.map(\.text).joined(), field: first.field)
    }

    @Test func reasoningContentStaysOutOfTheReplyAndTheToolCallArrives() async throws {
        let outcome = try await Self.replay("reasoning_content_tool.sse")
        #expect(outcome.error == nil)
        #expect(outcome.text == "")
        #expect(Self.reasoning(of: outcome)
                == Reasoning(text: #"The person wants a task named "Water the ferns"."#, field: "reasoning_content"))
        #expect(outcome.events.contains(.toolCalls([
            ToolCall(id: "call_fixture_1", name: "add_task", arguments: #"{"title": "Water the ferns"}"#)])))
    }

    @Test func theReasoningFieldIsReadAsReasoning() async throws {
        let outcome = try await Self.replay("reasoning_field_text.sse")
        #expect(outcome.text == "You have no tasks.")
        #expect(Self.reasoning(of: outcome) == Reasoning(text: "Short list; answer plainly.", field: "reasoning"))
    }

    @Test func contentPartsGiveTheReplyAndHideTheThinking() async throws {
        let outcome = try await Self.replay("content_parts.sse")
        #expect(outcome.error == nil)
        #expect(outcome.text == "3 + 4 = 7")
        #expect(Self.reasoning(of: outcome) == Reasoning(text: "Three plus four is seven.", field: nil))
    }

    @Test func aRefusalIsShownAsTheReply() async throws {
        let outcome = try await Self.replay("refusal.sse")
        #expect(outcome.error == nil)
        #expect(outcome.text == "Refused: I can't help with that.")
        #expect(outcome.finish == .finished(.stop, nil))
    }

    @Test func anErrorFieldBeforeDoneIsAnError() async throws {
        let outcome = try await Self.replay("error_field.sse")
        #expect(outcome.error == .streamError(
            message: "the request exceeds the available context size, try increasing it"))
    }

    @Test func doneWithNothingIsAnError() async throws {
        let outcome = try await Self.replay("empty_done.sse")
        #expect(outcome.error == .emptyReply)
    }

    @Test func anErrorChunkWithoutDoneIsAnError() async throws {
        let outcome = try await Self.replay("error_chunk_no_done.sse")
        #expect(outcome.error == .streamError(message: "Upstream provider went away"))
    }

    @Test func membersAServerAddsToAToolCallAreKept() async throws {
        let outcome = try await Self.replay("tool_extra_content.sse")
        let signature: JSONValue = ["google": ["thought_signature": "Zml4dHVyZS1zaWduYXR1cmU="]]
        #expect(outcome.events.first == .toolCalls([
            ToolCall(id: "call_fixture_2", name: "list_tasks", arguments: "{}", extra: ["extra_content": signature])]))
    }

    @Test func aMessageEndingInAFullStopGetsNoSecond() {
        let error = ProviderError.badRequest(status: 400, message: "Pass reasoning_content back to the API.")
        #expect(error.description == "The server rejected the request (HTTP 400): Pass reasoning_content back to the API.")
        #expect(ProviderError.badRequest(status: 400, message: "no dot").description.hasSuffix("no dot."))
    }
}
