/// Where the task panel goes: the right of the conversation pane, above the rule, when the
/// terminal leaves the chat at least 80 columns beside it.
enum TaskPanelLayout {
    /// The narrowest terminal that shows the panel.
    static let minimumColumns = 120
    /// Columns the chat keeps whatever the panel would like.
    static let chatColumns = 80
    /// The panel's widest, separator included: wider only spreads short titles further.
    static let maximumWidth = 48

    static func fits(_ size: Size) -> Bool {
        size.cols >= minimumColumns
    }

    /// The panel's columns, its separator included.
    static func width(_ size: Size) -> Int {
        min(maximumWidth, size.cols - chatColumns)
    }

    /// The tasks a load reads: one per row of the tallest pane this height can have (the
    /// header takes one), so the panel never reads more than a screenful.
    static func rowLimit(_ size: Size) -> Int {
        max(0, size.rows - 1)
    }
}
