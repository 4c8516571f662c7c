/// The input box: the prompt, the visible rows of the text, and the cursor.
enum InputBoxView {
    static let promptStyle = CellStyle(bold: true, color: .cyan)
    static let markerStyle = CellStyle.dim

    static func draw(_ layout: InputLayout, top: Int, on grid: inout Grid) {
        grid.write(InputLayout.prompt, row: top, col: 0, style: promptStyle)
        for (number, text) in layout.rows.enumerated() {
            let style = number == layout.markerRow ? markerStyle : .plain
            grid.write(text, row: top + number, col: InputLayout.promptWidth, style: style)
        }
        grid.cursor = Position(row: top + layout.cursor.row, col: layout.cursor.col)
    }
}
