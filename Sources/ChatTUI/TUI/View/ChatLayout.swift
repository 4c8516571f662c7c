/// How the chat screen divides its rows: the pane on top, a rule, the input box, the status
/// bar. Update uses it too, to know how far a page scrolls.
struct ChatLayout: Hashable, Sendable {
    /// Below this the screen shows a notice instead of a cramped chat.
    static let minimumSize = Size(rows: 10, cols: 40)

    let size: Size
    let input: InputLayout
    /// The conversation pane's columns: all of them, or what the task panel leaves.
    let paneWidth: Int

    init(size: Size, editor: InputEditor, showsPanel: Bool = false) {
        self.size = size
        input = InputLayout(editor: editor, width: size.cols)
        paneWidth = showsPanel ? size.cols - TaskPanelLayout.width(size) : size.cols
    }

    var statusRow: Int { size.rows - 1 }
    var inputTop: Int { statusRow - input.height }
    var ruleRow: Int { inputTop - 1 }
    var paneHeight: Int { max(0, ruleRow) }

    static func fits(_ size: Size) -> Bool {
        size.rows >= minimumSize.rows && size.cols >= minimumSize.cols
    }
}
