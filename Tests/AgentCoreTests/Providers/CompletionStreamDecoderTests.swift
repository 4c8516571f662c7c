import Persistence
import Testing
@testable import AgentCore

@Suite struct CompletionStreamDecoderTests {
    static func chunk(_ delta: String, finish: String? = nil) -> SSEEvent {
        let reason = finish.map { "\"\($0)\"" } ?? "null"
        return .message(event: nil, data: #"{"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":\#(delta),"finish_reason":\#(reason)}]}"#)
    }

    @Test func relaysTextAndFinishesAtDone() throws {
        var decoder = CompletionStreamDecoder()
        var events: [ProviderEvent] = []
        for event in [Self.chunk(#"{"role":"assistant","content":""}"#), Self.chunk(#"{"content":"Hi"}"#),
                      Self.chunk("{}", finish: "stop"),
                      .message(event: nil, data: #"{"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}"#),
                      .done] {
            events += try decoder.consume(event)
        }
        #expect(events == [.textDelta("Hi"),
                           .finished(.stop, TokenUsage(promptTokens: 5, completionTokens: 2, totalTokens: 7))])
    }

    @Test func keepsReasoningApartAndIgnoresUnknownFields() throws {
        var decoder = CompletionStreamDecoder()
        let events = try decoder.consume(Self.chunk(#"{"reasoning_content":"hmm","future_field":[1,{"a":null}]}"#))
            + decoder.consume(Self.chunk(#"{"reasoning":" ok","content":null}"#))
            + decoder.consume(Self.chunk(#"{"content":"Answer","extra":true}"#))
        #expect(events == [.reasoningDelta(Reasoning(text: "hmm", field: "reasoning_content")),
                           .reasoningDelta(Reasoning(text: " ok", field: "reasoning")),
                           .textDelta("Answer")])
    }

    @Test func contentPartsSplitIntoReasoningAndReply() throws {
        var decoder = CompletionStreamDecoder()
        let events = try decoder.consume(Self.chunk(
            #"{"role":"assistant","content":[{"type":"thinking","thinking":[{"type":"text","text":"Two and two."}]}]}"#))
            + decoder.consume(Self.chunk(#"{"content":[{"type":"text","text":"2 + 2"},{"type":"image_url","image_url":{}}]}"#))
            + decoder.consume(Self.chunk(#"{"content":" = 4"}"#, finish: "stop"))
        #expect(events == [.reasoningDelta(Reasoning(text: "Two and two.", field: nil)),
                           .textDelta("2 + 2"), .textDelta(" = 4")])
    }

    @Test func aRefusalIsTheReplyMarkedAsOne() throws {
        var decoder = CompletionStreamDecoder()
        var events: [ProviderEvent] = []
        for delta in [#"{"role":"assistant","content":null,"refusal":""}"#, #"{"refusal":"I can't"}"#,
                      #"{"refusal":" help."}"#] {
            events += try decoder.consume(Self.chunk(delta))
        }
        events += try decoder.consume(Self.chunk("{}", finish: "stop")) + decoder.consume(.done)
        #expect(events == [.textDelta("Refused: I can't"), .textDelta(" help."), .finished(.stop, nil)])
    }

    @Test func doneWithNothingBeforeItIsAnError() throws {
        var decoder = CompletionStreamDecoder()
        _ = try decoder.consume(Self.chunk(#"{"role":"assistant","content":""}"#))
        #expect(throws: ProviderError.emptyReply) { try decoder.consume(.done) }
    }

    @Test func toolCallMembersBeyondTheStandardOnesAreKept() throws {
        var decoder = CompletionStreamDecoder()
        var events = try decoder.consume(Self.chunk(
            #"{"tool_calls":[{"index":0,"id":"c1","type":"function","extra_content":{"google":{"thought_signature":"c2ln"}},"function":{"name":"list_tasks","arguments":"{}"}}]}"#))
        events += try decoder.consume(Self.chunk("{}", finish: "tool_calls")) + decoder.consume(.done)
        let signature: JSONValue = ["google": ["thought_signature": "c2ln"]]
        #expect(events.first == .toolCalls([ToolCall(id: "c1", name: "list_tasks", arguments: "{}",
                                                     extra: ["extra_content": signature])]))
    }

    @Test func reportsToolCallsOnceBeforeTheFinish() throws {
        var decoder = CompletionStreamDecoder()
        var events = try decoder.consume(Self.chunk(
            #"{"tool_calls":[{"index":0,"id":"c1","type":"function","function":{"name":"add_task","arguments":"{\"ti"}}]}"#))
        events += try decoder.consume(Self.chunk(#"{"tool_calls":[{"index":0,"function":{"arguments":"tle\":\"x\"}"}}]}"#))
        events += try decoder.consume(Self.chunk("{}", finish: "tool_calls"))
        events += try decoder.consume(.done)
        #expect(events == [.toolCalls([ToolCall(id: "c1", name: "add_task", arguments: #"{"title":"x"}"#)]),
                           .finished(.toolCalls, nil)])
    }

    @Test func lengthMeansCutOff() throws {
        var decoder = CompletionStreamDecoder()
        _ = try decoder.consume(Self.chunk(#"{"content":"Once upon"}"#, finish: "length"))
        #expect(try decoder.consume(.done) == [.finished(.length, nil)])
    }

    @Test func aPayloadThatIsNotJSONIsMalformed() {
        var decoder = CompletionStreamDecoder()
        #expect(throws: ProviderError.malformedChunk("{\"choices\": [")) {
            try decoder.consume(.message(event: nil, data: "{\"choices\": ["))
        }
    }

    @Test func anErrorInsideTheStreamIsReported() {
        var decoder = CompletionStreamDecoder()
        #expect(throws: ProviderError.streamError(message: "overloaded")) {
            try decoder.consume(.message(event: nil, data: #"{"error":{"message":"overloaded","type":"server_error"}}"#))
        }
        #expect(throws: ProviderError.streamError(message: "boom")) {
            try decoder.consume(.message(event: "error", data: #"{"error":"boom"}"#))
        }
    }

    @Test func anEndWithoutDoneIsCutUnlessTheServerSaidWhy() throws {
        var cut = CompletionStreamDecoder()
        _ = try cut.consume(Self.chunk(#"{"content":"Hal"}"#))
        #expect(throws: ProviderError.streamEndedEarly) { try cut.finishWithoutDone() }

        var complete = CompletionStreamDecoder()
        _ = try complete.consume(Self.chunk(#"{"content":"Hello"}"#, finish: "stop"))
        #expect(try complete.finishWithoutDone() == [.finished(.stop, nil)])
    }
}
