import AgentCore
import Foundation

/// The wrapped rows of a model's reply, kept so that a reply growing chunk by chunk is
/// sanitised, rendered and wrapped again only from the start of its last line.
///
/// The text before the last line that starts outside an escape sequence is settled: the
/// sanitiser ends it in its ground state, Markdown-lite reads each line on its own given
/// whether a code fence is open, and each line wraps on its own, so text added after it
/// cannot change its rows. A reply that does not begin with the settled text (a different
/// reply, another width) is laid out afresh.
struct ReplyRows: Sendable {
    let width: Int
    /// The reply these rows are for.
    private(set) var text = ""
    /// Rows of the whole reply, the same as wrapping `MarkdownLite.render(text)`.
    private(set) var rows: [StyledLine] = []
    /// How many UTF-8 bytes of `text` are settled.
    private var settledBytes = 0
    private var settledRows: [StyledLine] = []
    private var fenceOpenAfterSettled = false

    init(_ text: String, width: Int) {
        self.width = width
        layOut(text)
    }

    /// The rows of `newText`, re-laying out only what follows the settled text when
    /// `newText` begins with it byte for byte.
    func growing(to newText: String) -> ReplyRows {
        guard newText.utf8.count >= settledBytes, Self.sameBytes(newText, text, count: settledBytes) else {
            return ReplyRows(newText, width: width)
        }
        var grown = self
        grown.layOut(newText)
        return grown
    }

    private mutating func layOut(_ newText: String) {
        text = newText
        let start = newText.utf8.index(newText.startIndex, offsetBy: settledBytes)
        var (rest, lastLineStart) = TerminalSanitizer.sanitizeLines(newText[start...])
        if let lastLineStart {
            var settling = TerminalSanitizer.sanitize(String(newText[start..<lastLineStart]))
            // The newline that ends it: the last line's rows follow on their own.
            settling.removeLast()
            settledRows += wrapped(MarkdownLite.render(sanitized: settling, inFence: &fenceOpenAfterSettled))
            settledBytes = newText.utf8.distance(from: newText.startIndex, to: lastLineStart)
            rest = TerminalSanitizer.sanitize(String(newText[lastLineStart...]))
        }
        var fenceOpen = fenceOpenAfterSettled
        rows = settledRows + wrapped(MarkdownLite.render(sanitized: rest, inFence: &fenceOpen))
    }

    private func wrapped(_ lines: [StyledLine]) -> [StyledLine] {
        lines.flatMap { TextWrapper.wrap($0, width: width) }
    }

    /// Whether the first `count` UTF-8 bytes of both texts are equal: a `memcmp`, so checking
    /// a long reply each frame costs microseconds.
    static func sameBytes(_ first: String, _ second: String, count: Int) -> Bool {
        guard count > 0 else { return true }
        guard first.utf8.count >= count, second.utf8.count >= count else { return false }
        var first = first
        var second = second
        return first.withUTF8 { one in
            second.withUTF8 { other in
                guard let one = one.baseAddress, let other = other.baseAddress else { return false }
                return one == other || memcmp(one, other, count) == 0
            }
        }
    }
}
