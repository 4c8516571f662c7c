import Foundation
import Testing
@testable import AgentCore

/// The byte-level chunk reader against the `JSONDecoder` path it replaced: on any text, both
/// refuse it or both give the same chunk.
@Suite struct ChatCompletionChunkReadingTests {
    /// What `JSONDecoder` makes of `text`, as a description that shows every field; nil when it refuses.
    static func decoded(_ text: String) -> String? {
        (try? JSONCoding.decoder.decode(ChatCompletionChunk.self, from: Data(text.utf8))).map { String(reflecting: $0) }
    }

    static func read(_ text: String) -> String? {
        (try? ChatCompletionChunk(json: text)).map { String(reflecting: $0) }
    }

    @Test func agreesWithJSONDecoderOnGeneratedChunks() {
        var generator = ChunkTextGenerator(seed: 11)
        var accepted = 0
        for _ in 0..<20_000 {
            let text = generator.chunk()
            let expected = Self.decoded(text)
            #expect(Self.read(text) == expected, "\(text)")
            if expected != nil { accepted += 1 }
        }
        // Both paths must be exercised: most texts are well-formed, a good share are not.
        #expect((5_000..<19_000).contains(accepted))
    }

    @Test(arguments: [
        #"{"choices":[{"delta":{"content":"caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \n"}}]}"#,
        #"{"choices":[{"delta":{"content":"\ud800"}}]}"#,
        #"{"choices":[{"delta":{"content":"\udc00\ud800"}}]}"#,
        "{\"choices\":[{\"delta\":{\"content\":\"tab\there\"}}]}",
        #"{"choices":[{"index":1.0,"delta":{}},{"index":1e0}]}"#,
        #"{"choices":[{"index":01}]}"#,
        #"{"choices":[{"index":-}]}"#,
        #"{"choices":[{"index":9223372036854775808}]}"#,
        #"{"choices":[{"index":9223372036854775807}]}"#,
        #"{"choices":[null]}"#,
        #"{"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}"#,
        #"{"error":{"message":"overloaded"}}"#, #"{"error":"overloaded"}"#, #"{"error":{"message":3}}"#,
        #"{"error":4}"#, #"{"a":[1,2,{"b":null}],"c":true} "#, #"{"a":1}x"#, #"{"a":1,}"#, #"{"a":[1,]}"#, #"{"choices":[{},]}"#, #"{,}"#,
        #"{"a":"\x\ud800\u12"}"#, #"{"a":"\uZZZZ"}"#, "{\"a\":\"\u{01}\\n\u{01}\"}", "[]", "", " ",
        #"{"choices":[{"delta":{"content":[{"type":"thinking","thinking":[{"type":"text","text":"hm"}]},{"type":"text","text":"ok"}]}}]}"#,
        #"{"choices":[{"delta":{"content":[null]}}]}"#,
        #"{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"c","function":{"name":"add","arguments":"{\"a\":1}"},"extra_content":{}}]}}]}"#,
    ])
    func agreesWithJSONDecoderOn(_ text: String) {
        #expect(Self.read(text) == Self.decoded(text))
    }

    @Test func readsEscapesAndSurrogatePairs() throws {
        let chunk = try ChatCompletionChunk(json: #"{"choices":[{"delta":{"content":"a\u00e9\ud83d\ude00\n\"\\b"}}]}"#)
        #expect(chunk.choices?.first?.delta?.content?.text == "aé😀\n\"\\b")
    }
}
