import Foundation

/// Where the input's text falls in the input box: rows wrapped at the box's width, at word
/// boundaries where a row has a space (a long word breaks anywhere), at most `maxRows` of
/// them shown, scrolled so the cursor is always visible.
///
/// When the text is taller than the box, the first row stays where it is, behind the
/// prompt, and a marker row says more lies between it and the rows around the cursor: a
/// 300-line paste still shows where the input starts.
///
/// Only a window around the cursor is laid out, so a 10 MB paste on one line costs the same
/// to draw as a short one; far from the cursor the wrap points may differ from a full layout,
/// which nobody can see.
struct InputLayout: Hashable, Sendable {
    static let maxRows = 5
    static let prompt = "› "
    static let promptWidth = 2
    /// Stands for the rows hidden between the first one and those around the cursor.
    static let hiddenMarker = "⋮"
    /// How far before the cursor layout starts, in UTF-8 bytes, when the line is longer.
    private static let lookBehind = 8_192

    /// The visible rows, tabs shown as four spaces.
    private(set) var rows: [String] = []
    /// The cursor within the box, counting the prompt's columns.
    private(set) var cursor = Position(row: 0, col: promptWidth)
    /// The row holding `hiddenMarker`, when rows are hidden.
    private(set) var markerRow: Int?

    init(editor: InputEditor, width: Int) {
        let textWidth = max(1, width - Self.promptWidth)
        let text = editor.text
        let start = Self.layoutStart(in: text, cursor: editor.cursor)
        var wrapped = WrappedRows(text: text, start: start, cursor: editor.cursor, width: textWidth)
        wrapped.lay(stoppingAfter: Self.maxRows)
        let all = wrapped.rowCount
        let cursorRow = wrapped.cursorRow
        guard start > text.startIndex || cursorRow >= Self.maxRows else {
            rows = (0..<min(all, Self.maxRows)).map { wrapped.text(ofRow: $0) }
            cursor = Position(row: cursorRow, col: Self.promptWidth + wrapped.cursorColumn)
            return
        }
        // The first row, a marker, then the rows that end at the cursor's.
        let shown = Self.maxRows - 2
        let top = max(0, cursorRow - shown + 1)
        let bottom = min(all, top + shown)
        var first = WrappedRows(text: text, start: text.startIndex, cursor: text.startIndex, width: textWidth)
        first.lay(rowLimit: 1)
        rows = [first.text(ofRow: 0), Self.hiddenMarker] + (top..<bottom).map { wrapped.text(ofRow: $0) }
        markerRow = 1
        cursor = Position(row: cursorRow - top + 2, col: Self.promptWidth + wrapped.cursorColumn)
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
