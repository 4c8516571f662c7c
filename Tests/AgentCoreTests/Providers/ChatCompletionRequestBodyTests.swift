import Foundation
import Testing
@testable import AgentCore

@Suite struct ChatCompletionRequestBodyTests {
    static let call = ToolCall(id: "call_1", name: "add_task", arguments: #"{"title": "Buy milk"}"#)
    static let request = ChatRequest(
        model: "ignored",
        messages: [.system("Be brief."), .user("Add milk"), .assistant("", toolCalls: [call]),
                   .tool(callID: "call_1", result: #"{"task_id": 1}"#), .assistant("Done.")],
        tools: [ToolDefinition(name: "add_task", description: "Adds a task.",
                               parametersSchema: #"{"type": "object", "properties": {"title": {"type": "string"}}, "required": ["title"]}"#)])

    static func encoded(_ body: ChatCompletionRequestBody) throws -> JSONValue {
        try JSONValue(parsing: String(decoding: JSONCoding.encoder.encode(body), as: UTF8.self))
    }

    @Test func encodesMessagesToolsAndStreaming() throws {
        let body = try Self.encoded(ChatCompletionRequestBody(Self.request, model: "m", includeUsage: true))
        let expected = try JSONValue(parsing: #"""
        {"model": "m", "stream": true, "stream_options": {"include_usage": true},
         "messages": [
           {"role": "system", "content": "Be brief."},
           {"role": "user", "content": "Add milk"},
           {"role": "assistant", "content": "",
            "tool_calls": [{"id": "call_1", "type": "function",
                            "function": {"name": "add_task", "arguments": "{\"title\": \"Buy milk\"}"}}]},
           {"role": "tool", "tool_call_id": "call_1", "content": "{\"task_id\": 1}"},
           {"role": "assistant", "content": "Done."}],
         "tools": [{"type": "function", "function": {"name": "add_task", "description": "Adds a task.",
                    "parameters": {"type": "object", "properties": {"title": {"type": "string"}},
                                   "required": ["title"]}}}]}
        """#)
        #expect(body == expected)
    }

    @Test func leavesOutWhatIsNotUsedInsteadOfSendingNull() throws {
        let request = ChatRequest(model: "m", messages: [.user("hi")], tools: [])
        let body = try Self.encoded(ChatCompletionRequestBody(request, model: "m", includeUsage: false))
        #expect(body == ["model": "m", "stream": true, "messages": [["role": "user", "content": "hi"]]])
    }

    @Test func aToolMessageWithoutCallIDCannotBeEncoded() {
        let request = ChatRequest(model: "m", messages: [ChatMessage(role: .tool, content: "{}")], tools: [])
        #expect(throws: EncodingError.self) {
            try JSONCoding.encoder.encode(ChatCompletionRequestBody(request, model: "m", includeUsage: true))
        }
    }
}
