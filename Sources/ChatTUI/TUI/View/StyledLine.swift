/// A line of styled text: either a logical line before wrapping or one screen row after.
///
/// `hangingIndent` is how far continuation rows are pushed in when the line wraps, so a list
/// item's text lines up under its first word rather than under the bullet.
struct StyledLine: Hashable, Sendable {
    var spans: [Span]
    var hangingIndent: Int

    init(_ spans: [Span] = [], hangingIndent: Int = 0) {
        self.spans = spans
        self.hangingIndent = hangingIndent
    }

    init(_ text: String, _ style: CellStyle = .plain, hangingIndent: Int = 0) {
        self.init(text.isEmpty ? [] : [Span(text, style)], hangingIndent: hangingIndent)
    }

    var text: String { spans.map(\.text).joined() }

    var width: Int { spans.reduce(0) { $0 + CharacterWidth.of($1.text) } }

    /// Appends text, merging it into the last span when the style matches.
    mutating func append(_ text: String, _ style: CellStyle) {
        guard !text.isEmpty else { return }
        if let last = spans.last, last.style == style {
            spans[spans.count - 1].text += text
        } else {
            spans.append(Span(text, style))
        }
    }

    /// Draws the line at (`row`, `col`) within `limit`, returning the column after it.
    @discardableResult
    func draw(on grid: inout Grid, row: Int, col: Int, limit: Int? = nil) -> Int {
        spans.reduce(col) { column, span in
            grid.write(span.text, row: row, col: column, style: span.style, limit: limit)
        }
    }
}
