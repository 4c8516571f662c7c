/// The input's text cut into rows of at most `width` cells from `start`, with the cursor's
/// row and column: the wrapping behind ``InputLayout``.
///
/// A row that overflows breaks after its last space, so a word moves whole to the next row
/// as in prose; the spaces stay at the end of their row, each in a cell of its own, so
/// every position of the text, the cursor's included, has a cell. A row without a space
/// (a long word, a URL) breaks at the character that overflows.
struct WrappedRows {
    let text: String
    let cursorIndex: String.Index
    let width: Int
    private(set) var rowStarts: [String.Index]
    private(set) var rowEnds: [String.Index] = []
    private(set) var cursorRow = 0
    private(set) var cursorColumn = 0

    init(text: String, start: String.Index, cursor: String.Index, width: Int) {
        self.text = text
        cursorIndex = cursor
        self.width = width
        rowStarts = [start]
    }

    var rowCount: Int { rowStarts.count }

    /// The row's text, tabs shown as four spaces.
    func text(ofRow row: Int) -> String {
        text[rowStarts[row]..<rowEnds[row]].replacingOccurrences(of: "\t", with: "    ")
    }

    /// Lays out until the end of the text, or `rows` rows past the cursor's.
    mutating func lay(stoppingAfter rows: Int) {
        lay { wrapped, passedCursor in passedCursor && wrapped.rowStarts.count > wrapped.cursorRow + rows }
    }

    /// Lays out only the first `limit` rows.
    mutating func lay(rowLimit limit: Int) {
        lay { wrapped, _ in wrapped.rowStarts.count > limit }
    }

    private mutating func lay(until done: (WrappedRows, Bool) -> Bool) {
        var column = 0
        var index = rowStarts[0]
        var passedCursor = false
        // Just after the current row's last space, and the column there.
        var lastBreak: (index: String.Index, column: Int)?
        while index < text.endIndex {
            if index == cursorIndex { (cursorRow, cursorColumn, passedCursor) = (rowStarts.count - 1, column, true) }
            if done(self, passedCursor) { break }
            let character = text[index]
            let next = text.index(after: index)
            if character == "\n" {
                rowEnds.append(index)
                rowStarts.append(next)
                (column, lastBreak) = (0, nil)
            } else {
                let cells = character == "\t" ? 4 : CharacterWidth.of(character)
                if column + cells > width, column > 0 {
                    let breakAt = character == " " ? nil : lastBreak
                    let at = breakAt?.index ?? index
                    rowEnds.append(at)
                    rowStarts.append(at)
                    if passedCursor, cursorRow == rowStarts.count - 2, cursorIndex >= at {
                        // The cursor was in the word that moved down.
                        cursorRow += 1
                        cursorColumn -= breakAt?.column ?? column
                    }
                    column -= breakAt?.column ?? column
                    lastBreak = nil
                }
                column += cells
                if character == " " || character == "\t" { lastBreak = (next, column) }
            }
            index = next
        }
        if !passedCursor { (cursorRow, cursorColumn) = (rowStarts.count - 1, column) }
        rowEnds.append(index)
        if cursorColumn >= width {
            // A full row: the cursor waits at the start of the next one.
            cursorRow += 1
            cursorColumn = 0
            if rowStarts.count <= cursorRow {
                rowStarts.append(text.endIndex)
                rowEnds.append(text.endIndex)
            }
        }
    }
}
