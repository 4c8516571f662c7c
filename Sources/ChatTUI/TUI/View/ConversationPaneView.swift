/// The conversation pane: the transcript's rows for the current scroll offset, bottom-aligned
/// so a short conversation sits just above the input like a terminal's output.
enum ConversationPaneView {
    /// `width` is the pane's: the whole row, or what the task panel leaves of it.
    static func draw(_ state: AppState, height: Int, width: Int, on grid: inout Grid) {
        guard height > 0 else { return }
        if state.transcript.entries.isEmpty {
            drawWelcome(state, height: height, width: width, on: &grid)
            return
        }
        let window = PaneLayout.window(
            of: state.transcript.entries, width: width, height: height, offset: state.scrollOffset,
            memo: state.layoutMemo)
        var rows = window.rows
        if window.reachesTop, state.transcript.hasOlder, rows.count < height || state.scrollOffset > 0 {
            let label = state.transcript.isLoadingOlder ? "Loading older messages…" : "↑ Older messages: PgUp"
            rows.insert(StyledLine(label, .dim), at: 0)
            if rows.count > height { rows.removeLast() }
        }
        let top = height - rows.count
        for (number, row) in rows.enumerated() {
            row.draw(on: &grid, row: top + number, col: 0)
        }
    }

    private static func drawWelcome(_ state: AppState, height: Int, width: Int, on grid: inout Grid) {
        let lines = [
            StyledLine("Tell me what to remember, or ask what is on your list.", .bold),
            StyledLine("e.g. “remind me to pay the electricity bill on Friday”", .dim),
            StyledLine("F2 reviews tasks · Ctrl-O opens a conversation · F1 or /help lists every key", .dim),
        ]
        let rows = lines.flatMap { TextWrapper.wrap($0, width: width) }
        let top = max(0, height - rows.count)
        for (number, row) in rows.prefix(height).enumerated() {
            row.draw(on: &grid, row: top + number, col: 0)
        }
    }
}
