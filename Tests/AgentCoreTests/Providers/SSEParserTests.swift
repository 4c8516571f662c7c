import Testing
@testable import AgentCore

@Suite struct SSEParserTests {
    /// LF, CRLF and lone CR endings, a comment, a named event, multi-line data, multibyte text.
    static let sample = Array((
        ": keep-alive\r\n\r\n" +
        "data: {\"content\": \"héllo 世界 👩🏽‍💻\"}\r\n\r\n" +
        "event: error\ndata: first\ndata:second\n\n" +
        "id: 7\rretry: 100\rdata: lone CR\r\r" +
        "data: [DONE]\n\n"
    ).utf8)

    static let expected: [SSEEvent] = [
        .message(event: nil, data: "{\"content\": \"héllo 世界 👩🏽‍💻\"}"),
        .message(event: "error", data: "first\nsecond"),
        .message(event: nil, data: "lone CR"),
        .done,
    ]

    @Test func parsesAWholeStream() {
        var parser = SSEParser()
        #expect(parser.feed(Self.sample) + parser.finish() == Self.expected)
    }

    @Test func anySplitPointGivesTheSameEvents() {
        for split in 0...Self.sample.count {
            var parser = SSEParser()
            let events = parser.feed(Self.sample[..<split]) + parser.feed(Self.sample[split...]) + parser.finish()
            #expect(events == Self.expected, "split at byte \(split)")
        }
    }

    @Test func byteByByteGivesTheSameEvents() {
        var parser = SSEParser()
        var events: [SSEEvent] = []
        for byte in Self.sample { events += parser.feed([byte]) }
        #expect(events + parser.finish() == Self.expected)
    }

    @Test func anEventWithoutItsBlankLineEndsWithTheStream() {
        var parser = SSEParser()
        #expect(parser.feed(Array("data: {}\n\ndata: [DONE]".utf8)) == [.message(event: nil, data: "{}")])
        #expect(parser.finish() == [.done])
    }

    @Test func ignoresALeadingByteOrderMarkAndOtherFields() {
        var parser = SSEParser()
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("data: x\nfoo: bar\nnocolon\n\n".utf8)
        #expect(parser.feed(bytes) == [.message(event: nil, data: "x")])
    }

    @Test func commentsAloneDispatchNothing() {
        var parser = SSEParser()
        #expect(parser.feed(Array(": ping\n\n: ping\r\n\r\n".utf8)) + parser.finish() == [])
    }
}
