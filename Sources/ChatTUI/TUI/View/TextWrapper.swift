/// Word wrapping in cells.
///
/// Breaks at spaces, hard-breaks a word wider than the row, never splits a grapheme cluster,
/// and keeps blank lines. Spaces at a break are dropped so wrapped rows do not start with
/// them. A line of n characters costs O(n).
enum TextWrapper {
    /// One character with what wrapping needs to know about it.
    private struct Glyph {
        var character: Character
        var style: CellStyle
        var width: Int
        var isSpace: Bool
    }

    static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        let width = max(1, width)
        let indent = min(line.hangingIndent, width - 1)
        let glyphs = line.spans.flatMap { span in
            span.text.map { character in
                Glyph(
                    character: character, style: span.style, width: CharacterWidth.of(character),
                    isSpace: character == " ")
            }
        }
        var rows: [[Glyph]] = [[]]
        var column = 0
        var available: Int { rows.count == 1 ? width : width - indent }

        func newRow() {
            while let last = rows[rows.count - 1].last, last.isSpace { rows[rows.count - 1].removeLast() }
            rows.append([])
            column = 0
        }

        var index = 0
        while index < glyphs.count {
            var end = index
            let isSpace = glyphs[index].isSpace
            var wordWidth = 0
            while end < glyphs.count, glyphs[end].isSpace == isSpace {
                wordWidth += glyphs[end].width
                end += 1
            }
            if isSpace {
                if column == 0, rows.count > 1 {
                    // Spaces at the start of a wrapped row belong to the break before it.
                } else if column + wordWidth <= available {
                    rows[rows.count - 1].append(contentsOf: glyphs[index..<end])
                    column += wordWidth
                } else {
                    newRow()
                }
            } else {
                if column + wordWidth > available, column > 0, wordWidth <= width - indent {
                    newRow()
                }
                for glyph in glyphs[index..<end] {
                    if column + glyph.width > available, column > 0 { newRow() }
                    rows[rows.count - 1].append(glyph)
                    column += glyph.width
                }
            }
            index = end
        }
        return rows.enumerated().map { number, glyphs in
            var row = StyledLine()
            if number > 0, indent > 0 { row.append(String(repeating: " ", count: indent), .plain) }
            for glyph in glyphs { row.append(String(glyph.character), glyph.style) }
            return row
        }
    }

    /// Wraps plain text that may hold newlines, each line on its own.
    static func wrap(_ text: String, width: Int, style: CellStyle = .plain) -> [StyledLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            wrap(StyledLine(String($0), style), width: width)
        }
    }
}
