import Foundation
import Persistence
import Testing
@testable import AgentCore

/// Reasoning goes back only where a server needs it: on the tool-call messages of the turn
/// in progress that the model being asked made.
@Suite struct ContextReasoningTests {
    static func message(_ id: Int64, _ role: MessageRole, call: String? = nil, answers: String? = nil,
                        model: String? = nil, reasoning: String? = nil) -> StoredMessage {
        StoredMessage(
            id: id, conversationID: 1, role: role, content: role == .tool ? "{}" : "",
            toolCalls: call.map { [StoredToolCall(id: $0, name: "list_tasks", arguments: "{}")] } ?? [],
            toolCallID: answers, interrupted: false, model: model, usage: nil, tokenEstimate: 10,
            createdAt: Date(timeIntervalSince1970: 0),
            reasoning: reasoning.map { StoredReasoning(text: $0, field: "reasoning_content") })
    }

    @Test func onlyTheCurrentTurnsCallsOfTheSameModelCarryIt() throws {
        let history = [
            Self.message(1, .user),
            Self.message(2, .assistant, call: "a", model: "deep", reasoning: "old turn"),
            Self.message(3, .tool, answers: "a"),
            Self.message(4, .user),
            Self.message(5, .assistant, call: "b", model: "deep", reasoning: "this turn"),
            Self.message(6, .tool, answers: "b"),
            Self.message(7, .assistant, call: "c", model: "other", reasoning: "another model"),
            Self.message(8, .tool, answers: "c"),
        ]
        var window = ContextWindow(allowance: 100_000)
        window.reasoningModel = "deep"
        for message in history.reversed() { try window.offer(message) }

        let sent = window.messages.filter { !$0.toolCalls.isEmpty }
        #expect(sent.map { $0.reasoning?.text } == [nil, "this turn", nil])
        #expect(sent[1].reasoning?.field == "reasoning_content")
    }

    @Test func theRequestCarriesItUnderTheFieldItCameIn() throws {
        let call = ToolCall(id: "c1", name: "list_tasks", arguments: "{}",
                            extra: ["extra_content": ["google": ["thought_signature": "sig"]]])
        var assistant = ChatMessage.assistant("", toolCalls: [call])
        assistant.reasoning = Reasoning(text: "thinking", field: "reasoning_content")
        let request = ChatRequest(model: "m", messages: [.user("hi"), assistant, .tool(callID: "c1", result: "{}")],
                                  tools: [])
        let body = try JSONValue(parsing: String(decoding: try ChatCompletionRequestBody(
            request, model: "m", includeUsage: false).json(), as: UTF8.self))

        let sent = try #require(body["messages"]?.arrayValue?[1])
        #expect(sent["reasoning_content"] == "thinking")
        #expect(sent["tool_calls"]?.arrayValue?.first?["extra_content"]?["google"]?["thought_signature"] == "sig")
        #expect(sent["tool_calls"]?.arrayValue?.first?["id"] == "c1")
    }
}
