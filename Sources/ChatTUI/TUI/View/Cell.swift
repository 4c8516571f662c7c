/// One terminal cell: a grapheme cluster and its style.
///
/// A wide character fills its first cell and marks the next one as a continuation, so that
/// painting and diffing can walk cells without measuring text again.
struct Cell: Hashable, Sendable {
    var text: String
    var style: CellStyle
    var isContinuation: Bool

    static let blank = Cell(text: " ", style: .plain, isContinuation: false)
    /// A cell whose content the terminal does not know (a row a scroll uncovered): no frame
    /// holds it, so the next diff draws whatever the frame has there.
    static let unknown = Cell(text: "", style: .plain, isContinuation: false)

    init(text: String, style: CellStyle = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    static func continuation(_ style: CellStyle) -> Cell {
        Cell(text: "", style: style, isContinuation: true)
    }
}
