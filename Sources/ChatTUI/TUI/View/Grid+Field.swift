extension Grid {
    /// A bold label, then a one-line field holding `editor`'s text and the cursor. The field
    /// scrolls sideways, as the chat's input does, so the cursor stays on screen; a selected
    /// value (one the next key types over) is reversed.
    mutating func writeField(
        _ label: String, _ editor: InputEditor, row: Int, col: Int, fieldStyle: CellStyle = CellStyle(underline: true)
    ) {
        let column = write(label, row: row, col: col, style: .bold)
        let field = InputLayout(editor: editor, width: cols - column + InputLayout.promptWidth - 1)
        write(field.rows.last ?? "", row: row, col: column, style: editor.isSelected ? .reverse : fieldStyle)
        cursor = Position(row: row, col: column + field.cursor.col - InputLayout.promptWidth)
    }
}
