import Foundation

/// Where the input's text falls in the input box: rows wrapped at the box's width by
/// character (a typed line is not prose), at most `maxRows` of them shown, scrolled so the
/// cursor is always visible.
///
/// Only a window around the cursor is laid out, so a 10 MB paste on one line costs the same
/// to draw as a short one; far from the cursor the wrap points may differ from a full layout,
/// which nobody can see.
struct InputLayout: Hashable, Sendable {
    static let maxRows = 5
    static let prompt = "› "
    static let promptWidth = 2
    /// How far before the cursor layout starts, in UTF-8 bytes, when the line is longer.
    private static let lookBehind = 8_192

    /// The visible rows, tabs shown as four spaces.
    private(set) var rows: [String] = []
    /// The cursor within the box, counting the prompt's columns.
    private(set) var cursor = Position(row: 0, col: promptWidth)

    init(editor: InputEditor, width: Int) {
        let textWidth = max(1, width - Self.promptWidth)
        let text = editor.text
        let cursorIndex = editor.cursor
        let start = Self.layoutStart(in: text, cursor: cursorIndex)
        var rowStarts = [start]
        var rowEnds: [String.Index] = []
        var column = 0
        var cursorRow = 0
        var cursorColumn = 0
        var index = start
        var passedCursor = false
        while index < text.endIndex {
            if index == cursorIndex {
                (cursorRow, cursorColumn, passedCursor) = (rowStarts.count - 1, column, true)
            }
            if passedCursor, rowStarts.count > cursorRow + Self.maxRows { break }
            let character = text[index]
            let next = text.index(after: index)
            if character == "\n" {
                rowEnds.append(index)
                rowStarts.append(next)
                column = 0
            } else {
                let width = character == "\t" ? 4 : CharacterWidth.of(character)
                if column + width > textWidth, column > 0 {
                    rowEnds.append(index)
                    rowStarts.append(index)
                    column = 0
                }
                column += width
            }
            index = next
        }
        if !passedCursor { (cursorRow, cursorColumn) = (rowStarts.count - 1, column) }
        rowEnds.append(index)
        if cursorColumn >= textWidth {
            // A full row: the cursor waits at the start of the next one.
            cursorRow += 1
            cursorColumn = 0
            if rowStarts.count <= cursorRow {
                rowStarts.append(text.endIndex)
                rowEnds.append(text.endIndex)
            }
        }
        let top = max(0, cursorRow - Self.maxRows + 1)
        let bottom = min(rowStarts.count, top + Self.maxRows)
        rows = (top..<bottom).map { row in
            text[rowStarts[row]..<rowEnds[row]].replacingOccurrences(of: "\t", with: "    ")
        }
        cursor = Position(row: cursorRow - top, col: Self.promptWidth + cursorColumn)
    }

    /// The box's height: 1 to `maxRows`.
    var height: Int { max(1, rows.count) }

    /// Where layout begins: after the line break that is `maxRows` lines above the cursor,
    /// but never more than `lookBehind` bytes back.
    private static func layoutStart(in text: String, cursor: String.Index) -> String.Index {
        let utf8 = text.utf8
        let offset = utf8.distance(from: utf8.startIndex, to: cursor)
        let floor = utf8.index(utf8.startIndex, offsetBy: max(0, offset - lookBehind))
        var index = cursor
        for _ in 0..<maxRows {
            guard let newline = utf8[floor..<index].lastIndex(of: 10) else {
                guard floor > text.startIndex else { return text.startIndex }
                // Round to a character boundary: stepping forward then back lands on one.
                return text.index(before: text.index(after: floor))
            }
            index = newline
        }
        return utf8.index(after: index)
    }
}
