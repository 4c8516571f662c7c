import TestSupport
import Testing
@testable import ChatTUI

@Suite struct LayoutMemoTests {
    /// Pieces a reply is made of: words, wide characters, emoji, Markdown, escape sequences
    /// (an OSC title holding a newline among them), tabs and line breaks.
    static let pieces = [
        "word ", "longerword ", "日本語テキスト ", "👨‍👩‍👧 ", "e\u{301} ", "**bold** ", "`code` ", "** ", "`",
        "\n", "\n\n", "\n```\n", "\n```swift\nlet x = 1\n", "\n- item ", "\n12. step ", "\n# Head ",
        "\u{1B}[31mred\u{1B}[0m ", "\u{1B}]0;title\nstill title\u{07} ", "\u{9B}1m", "\t", "\u{1B}", "\r\n",
        String(repeating: "x", count: 90) + " ",
    ]

    static func reply(_ random: inout SplitMix64, pieces count: Int) -> String {
        (0..<count).map { _ in pieces[random.next(below: pieces.count)] }.joined()
    }

    /// Cuts `text` into chunks of 1 to 12 characters, sometimes in the middle of an escape
    /// sequence or a grapheme cluster's scalars.
    static func chunks(of text: String, _ random: inout SplitMix64) -> [String] {
        var scalars = Substring(text).unicodeScalars[...]
        var chunks: [String] = []
        while !scalars.isEmpty {
            let size = 1 + random.next(below: 12)
            chunks.append(String(String.UnicodeScalarView(scalars.prefix(size))))
            scalars = scalars.dropFirst(size)
        }
        return chunks
    }

    @Test(arguments: 1...40)
    func aReplyGrownChunkByChunkWrapsAsTheWholeWould(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let memo = LayoutMemo()
        let width = [12, 20, 40, 80][random.next(below: 4)]
        var text = ""
        for chunk in Self.chunks(of: Self.reply(&random, pieces: 60), &random) {
            text += chunk
            let entry = TranscriptEntry.assistant(text, interrupted: false)
            #expect(memo.rows(of: entry, at: 3, width: width) == entry.rows(width: width), "after \(text.debugDescription)")
        }
        let cut = TranscriptEntry.assistant(text, interrupted: true)
        #expect(memo.rows(of: cut, at: 3, width: width) == cut.rows(width: width))
    }

    @Test func aNewWidthOrADifferentReplyIsLaidOutAfresh() {
        let memo = LayoutMemo()
        let first = TranscriptEntry.assistant("one two three\nfour five six", interrupted: false)
        _ = memo.rows(of: first, at: 0, width: 10)
        #expect(memo.rows(of: first, at: 0, width: 6) == first.rows(width: 6))
        let other = TranscriptEntry.assistant("one two\nthree", interrupted: false)
        #expect(memo.rows(of: other, at: 0, width: 6) == other.rows(width: 6))
        let edited = TranscriptEntry.assistant("ONE two three\nfour five six seven", interrupted: false)
        #expect(memo.rows(of: edited, at: 0, width: 6) == edited.rows(width: 6))
    }

    @Test func eachKindOfEntryIsAnsweredAsItWouldBeWrapped() {
        let memo = LayoutMemo()
        let entries: [TranscriptEntry] = [
            .user("a question that wraps over more than one row"), .assistant("**yes**", interrupted: true),
            .tool(ToolActivity(name: "add_task", summary: "#5 Buy groceries", status: .succeeded)),
            .error("it failed\nbadly"), .notice("Started a new conversation."),
        ]
        for _ in 0..<2 {
            for (index, entry) in entries.enumerated() {
                #expect(memo.rows(of: entry, at: index, width: 16) == entry.rows(width: 16))
            }
        }
        // The slots shifted by one, as when an entry is put in front.
        for (index, entry) in entries.enumerated() {
            #expect(memo.rows(of: entry, at: index + 1, width: 16) == entry.rows(width: 16))
        }
    }

    @Test func aMemoIsNoPartOfTheStatesValue() {
        var one = AppState.streaming(turn: 1)
        let two = one
        _ = view(one)
        one.layoutMemo = LayoutMemo()
        #expect(one == two)
    }
}
