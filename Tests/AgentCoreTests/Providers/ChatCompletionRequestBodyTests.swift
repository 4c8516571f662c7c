import Foundation
import Testing
import TestSupport
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
        try JSONValue(parsing: String(decoding: body.json(), as: UTF8.self))
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
        #expect(throws: ProviderError.invalidRequest("A tool message has no tool_call_id")) {
            try ChatCompletionRequestBody(request, model: "m", includeUsage: true).json()
        }
    }

    @Test func aNumberJSONCannotSpellIsRefusedAsJSONEncoderRefusedIt() {
        let call = ToolCall(id: "c1", name: "add_task", arguments: "{}", extra: ["x": .double(.infinity)])
        let request = ChatRequest(model: "m", messages: [.assistant("", toolCalls: [call])], tools: [])
        let body = ChatCompletionRequestBody(request, model: "m", includeUsage: true)
        #expect(throws: ProviderError.self) { try body.json() }
        #expect(throws: EncodingError.self) { try JSONEncoderRequestBody.encode(body) }
    }

    @Test func aSchemaThatIsNotJSONIsRefused() {
        let tool = ToolDefinition(name: "t", description: "", parametersSchema: #"{"type": "object""#)
        let body = ChatCompletionRequestBody(ChatRequest(model: "m", messages: [.user("hi")], tools: [tool]),
                                             model: "m", includeUsage: true)
        #expect(throws: ProviderError.invalidRequest("The schema of tool t is not JSON")) { try body.json() }
    }

    /// Escapes only what JSON requires, in the spelling every parser reads, and leaves the rest as UTF-8.
    @Test func writesHostileTextByteForByte() throws {
        let request = ChatRequest(model: "m", messages: [.user("\"\\/\n\r\t\u{0}\u{1F}\u{7F}\u{2028}é😀")], tools: [])
        let text = String(decoding: try ChatCompletionRequestBody(request, model: "m", includeUsage: false).json(),
                          as: UTF8.self)
        #expect(text == #"{"model":"m","messages":[{"role":"user","content":"\"\\/\n\r\t\u0000\u001f"#
            + "\u{7F}\u{2028}é😀\"}],\"stream\":true}")
    }

    /// The byte writer against the `JSONEncoder` path it replaced: the same JSON on any request.
    @Test func agreesWithJSONEncoderOnGeneratedRequests() throws {
        var generator = ChatRequestGenerator(seed: 7)
        for _ in 0..<250 {
            let request = generator.request()
            let body = ChatCompletionRequestBody(request, model: request.model, includeUsage: request.messages.count % 2 == 0)
            let written = try JSONValue(parsing: String(decoding: try body.json(), as: UTF8.self))
            let encoded = try JSONValue(parsing: String(decoding: try JSONEncoderRequestBody.encode(body), as: UTF8.self))
            #expect(written == encoded, "\(request)")
        }
    }

    /// The fake server validates each body against OpenAI's schema and the rules of the history.
    @Test func theSchemaValidatingServerAcceptsGeneratedRequests() async throws {
        let server = try await FakeOpenAIServer.start()
        defer { server.stop() }
        let provider = OpenAIProviderFaultTests.provider(server.baseURL, maxRetries: 0)
        var generator = ChatRequestGenerator(seed: 8)
        let requests = (0..<8).map { _ in generator.request() }.filter { !$0.messages.isEmpty }
        for request in requests {
            #expect(await provider.outcome(of: request).error == nil)
        }
        let recorded = try await server.waitForRequests(requests.count)
        for (request, sent) in zip(requests, recorded) {
            #expect(sent.valid, "\(sent.errors)")
            let expected = try JSONValue(parsing: String(decoding: try JSONEncoderRequestBody.encode(
                ChatCompletionRequestBody(request, model: request.model, includeUsage: true)), as: UTF8.self))
            #expect(sent.body == expected)
        }
    }
}
