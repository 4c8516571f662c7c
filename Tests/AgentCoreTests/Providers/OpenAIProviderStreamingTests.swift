import Persistence
import Testing
import TestSupport
@testable import AgentCore

/// The provider against the fake server over real HTTP: replies that succeed.
@Suite struct OpenAIProviderStreamingTests {
    static func provider(_ server: FakeOpenAIServer, key: String? = nil, includeUsage: Bool = true) -> OpenAIProvider {
        OpenAIProvider(configuration: OpenAIConfiguration(baseURL: server.baseURL, apiKey: key, model: "test-model",
                                                          includeUsage: includeUsage))
    }

    @Test func streamsTextWithUsageAndSendsAValidRequest() async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"text": "Hello there, 世界 👋", "chunk_size": 3,
              "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17}}]
            """#, requireKey: "sk-test-key")
        defer { server.stop() }
        let outcome = await Self.provider(server, key: "sk-test-key").outcome(of: .user("hi"))

        #expect(outcome.error == nil)
        #expect(outcome.text == "Hello there, 世界 👋")
        #expect(outcome.events.filter { if case .textDelta = $0 { true } else { false } }.count > 1)
        #expect(outcome.events.last == .finished(.stop, TokenUsage(promptTokens: 12, completionTokens: 5, totalTokens: 17)))
        let requests = try server.recordedRequests()
        #expect(requests.count == 1)
        #expect(requests.first?.valid == true, "\(requests.first?.errors ?? [])")
        #expect(requests.first?.authorized == true)
        #expect(requests.first?.headers["authorization"] == "Bearer <redacted>")
        #expect(requests.first?["stream_options"] == ["include_usage": true])
        #expect(requests.first?["model"] == .string("test-model"))
    }

    @Test func assemblesToolCallsSplitAcrossChunks() async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"tool_calls": [{"name": "add_task", "arguments": "{\"title\": \"Buy groceries\"}"},
                             {"name": "list_tasks", "arguments": "{\"status\": \"pending\"}"}],
              "split": 4, "crlf": true, "keep_alive": true}]
            """#)
        defer { server.stop() }
        let outcome = await Self.provider(server).outcome(of: .user("add it", tools: [.addTask]))

        #expect(outcome.error == nil)
        guard case .toolCalls(let calls)? = outcome.events.first else {
            Issue.record("expected tool calls first, got \(outcome.events)")
            return
        }
        #expect(calls.map(\.name) == ["add_task", "list_tasks"])
        #expect(calls.map(\.arguments) == [#"{"title": "Buy groceries"}"#, #"{"status": "pending"}"#])
        #expect(calls.allSatisfy { !$0.id.isEmpty })
        #expect(outcome.events.last == .finished(.toolCalls, nil))
        #expect(try server.recordedRequests().first?.valid == true)
    }

    @Test func aConversationWithToolResultsIsAValidRequest() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "Added."}]"#)
        defer { server.stop() }
        let call = ToolCall(id: "call_9", name: "add_task", arguments: #"{"title": "x"}"#)
        let request = ChatRequest(model: "", messages: [
            .system("s"), .user("add x"), .assistant("", toolCalls: [call]),
            .tool(callID: "call_9", result: #"{"task_id": 1, "status": "created"}"#),
        ], tools: [.addTask])
        let outcome = await Self.provider(server).outcome(of: request)

        #expect(outcome.text == "Added.")
        let recorded = try server.recordedRequests()
        #expect(recorded.first?.valid == true, "\(recorded.first?.errors ?? [])")
        #expect(recorded.first?["model"] == .string("test-model"))
    }

    @Test func reasoningIsNotMixedIntoTheReply() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"reasoning": "thinking...", "text": "Answer"}]"#)
        defer { server.stop() }
        let outcome = await Self.provider(server).outcome(of: .user("q"))
        #expect(outcome.text == "Answer")
        #expect(outcome.error == nil)
    }

    @Test func aReplyCutByTheLengthLimitSaysSo() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "Once upon a", "finish_reason": "length"}]"#)
        defer { server.stop() }
        let outcome = await Self.provider(server).outcome(of: .user("story"))
        #expect(outcome.text == "Once upon a")
        #expect(outcome.events.last == .finished(.length, nil))
    }

    @Test func rejectedStreamOptionsAreDroppedAndRemembered() async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"reject_stream_options": true, "text": "first"}, {"text": "second"}]
            """#)
        defer { server.stop() }
        let provider = Self.provider(server)
        let first = await provider.outcome(of: .user("one"))
        let second = await provider.outcome(of: .user("two"))

        #expect(first.text == "first")
        #expect(second.text == "second")
        let requests = try server.recordedRequests()
        #expect(requests.map { $0["stream_options"] != nil } == [true, false, false])
    }

    @Test func withoutUsageNoStreamOptionsAreSent() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "hi"}]"#)
        defer { server.stop() }
        _ = await Self.provider(server, includeUsage: false).outcome(of: .user("q"))
        #expect(try server.recordedRequests().first?["stream_options"] == nil)
    }

    @Test func cancellingTheConsumerStopsPromptly() async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"text": "a slow reply that would take many seconds to stream", "chunk_size": 1,
              "delay_between_chunks": 0.2}]
            """#)
        defer { server.stop() }
        let provider = Self.provider(server)
        let (firstDelta, signal) = AsyncStream.makeStream(of: Void.self)
        let consumer = Task {
            var deltas = 0
            for try await event in provider.stream(.user("q")) {
                if case .textDelta = event {
                    deltas += 1
                    signal.yield()
                }
            }
            return deltas
        }
        var waiter = firstDelta.makeAsyncIterator()
        await waiter.next()
        consumer.cancel()
        let deltas = try await consumer.value
        // The reply is 51 one-character deltas, 0.2 s apart: a stream that ends with far
        // fewer stopped when it was cancelled, however busy the machine is.
        #expect(deltas < 26)
    }
}
