/// A frame: rows × cols cells plus where the cursor goes. `view` builds one, the terminal
/// copies it, tests compare them.
///
/// Writing never splits a character: a wide character that would straddle the right edge (or
/// the limit given) becomes a space, and overwriting half of a wide character blanks the other
/// half, so a frame never holds an orphaned continuation cell.
struct Grid: Hashable, Sendable {
    let rows: Int
    let cols: Int
    private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown; nil hides it.
    var cursor: Position?

    init(size: Size) {
        rows = max(0, size.rows)
        cols = max(0, size.cols)
        cells = Array(repeating: .blank, count: rows * cols)
    }

    var size: Size { Size(rows: rows, cols: cols) }

    subscript(row row: Int, col col: Int) -> Cell {
        guard contains(row: row, col: col) else { return .blank }
        return cells[row * cols + col]
    }

    /// Writes `text` from (`row`, `col`), stopping before column `limit` (the right edge by
    /// default), and returns the column after the last cell written.
    ///
    /// Characters of width zero are dropped: the text reaching here is sanitised, so what is
    /// left of them are stray combining marks with nothing to combine with.
    @discardableResult
    mutating func write(_ text: some StringProtocol, row: Int, col: Int, style: CellStyle = .plain, limit: Int? = nil)
        -> Int
    {
        let end = min(limit ?? cols, cols)
        guard row >= 0, row < rows else { return col }
        var column = max(0, col)
        for character in text {
            let width = CharacterWidth.of(character)
            if width == 0 { continue }
            if column + width > end {
                if column < end { put(Cell(text: " ", style: style), row: row, col: column) }
                return end
            }
            put(Cell(text: String(character), style: style), row: row, col: column)
            if width == 2 { put(.continuation(style), row: row, col: column + 1) }
            column += width
        }
        return column
    }

    /// Paints `style` over a stretch of a row with spaces, e.g. a status bar's background.
    mutating func fill(row: Int, from start: Int = 0, to end: Int? = nil, style: CellStyle) {
        let stop = min(end ?? cols, cols)
        guard row >= 0, row < rows, start < stop else { return }
        for column in max(0, start)..<stop {
            put(Cell(text: " ", style: style), row: row, col: column)
        }
    }

    /// The characters of one row, continuation cells skipped, so it reads as the screen does.
    func text(ofRow row: Int) -> String {
        guard row >= 0, row < rows else { return "" }
        return cells[(row * cols)..<(row * cols + cols)].reduce(into: "") { text, cell in
            if !cell.isContinuation { text += cell.text }
        }
    }

    /// Whether `row` holds the same cells here and in `other`, a grid of the same size: what
    /// lets the terminal skip a row a frame left alone with one comparison of the row.
    func hasSameRow(_ row: Int, as other: Grid) -> Bool {
        guard size == other.size, row >= 0, row < rows else { return false }
        let range = (row * cols)..<(row * cols + cols)
        return cells[range] == other.cells[range]
    }

    /// Whether `row` here holds the cells of row `row + distance` of `other`: the test for a
    /// band of rows that moved up (``ScrollShift``).
    func hasSameRow(_ row: Int, as other: Grid, shiftedBy distance: Int) -> Bool {
        let source = row + distance
        guard size == other.size, row >= 0, row < rows, source >= 0, source < rows else { return false }
        return cells[(row * cols)..<(row * cols + cols)] == other.cells[(source * cols)..<(source * cols + cols)]
    }

    /// Moves rows `top + distance` through `bottom` up to `top`, as a terminal scrolls that
    /// band, and marks the rows left at the bottom ``Cell/unknown``.
    mutating func moveRowsUp(from top: Int, through bottom: Int, by distance: Int) {
        guard top >= 0, bottom < rows, distance > 0, top + distance <= bottom + 1 else { return }
        for row in top...bottom {
            let target = (row * cols)..<(row * cols + cols)
            if row + distance <= bottom {
                let source = (row + distance) * cols
                cells.replaceSubrange(target, with: cells[source..<(source + cols)])
            } else {
                cells.replaceSubrange(target, with: repeatElement(Cell.unknown, count: cols))
            }
        }
    }

    private func contains(row: Int, col: Int) -> Bool {
        row >= 0 && row < rows && col >= 0 && col < cols
    }

    /// Stores one cell, first blanking whatever wide character it cuts in half.
    private mutating func put(_ cell: Cell, row: Int, col: Int) {
        guard contains(row: row, col: col) else { return }
        let index = row * cols + col
        let old = cells[index]
        if old.isContinuation, col > 0, !cell.isContinuation {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
        }
        if !old.isContinuation, col + 1 < cols, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}
