/// Draws the whole screen for a state. Pure: the same state always gives the same grid.
func view(_ state: AppState) -> Grid {
    var grid = Grid(size: state.size)
    guard ChatLayout.fits(state.size) else {
        TooSmallNotice.draw(on: &grid)
        return grid
    }
    switch state.screen {
    case .chat:
        ChatView.draw(state, on: &grid)
    case .review(let review):
        TaskReviewView.draw(review, state: state, on: &grid)
    case .picker(let picker):
        ConversationPickerView.draw(picker, state: state, on: &grid)
    case .search(let search):
        SearchView.draw(search, state: state, on: &grid)
    case .help(let help):
        HelpView.draw(help, state: state, on: &grid)
    }
    return grid
}

/// The chat screen: conversation pane (with the task panel at its right when shown), a
/// rule, the input box, the status bar.
enum ChatView {
    static func draw(_ state: AppState, on grid: inout Grid) {
        let layout = state.chatLayout
        ConversationPaneView.draw(state, height: layout.paneHeight, width: layout.paneWidth, on: &grid)
        if state.showsPanel {
            TaskPanelView.draw(state, left: layout.paneWidth, height: layout.paneHeight, on: &grid)
        }
        drawRule(state, row: layout.ruleRow, on: &grid)
        InputBoxView.draw(layout.input, top: layout.inputTop, on: &grid)
        StatusBar.draw(state, row: layout.statusRow, on: &grid, hints: ChatKeymap.hintLine(withPanel: TaskPanelLayout.fits(state.size)))
    }

    /// The rule says when the pane is scrolled up, so new text below is not missed.
    private static func drawRule(_ state: AppState, row: Int, on grid: inout Grid) {
        let rule = String(repeating: "─", count: grid.cols)
        grid.write(rule, row: row, col: 0, style: .dim)
        if state.scrollOffset > 0 {
            // The short wording fits the narrowest chat (40 columns) and still names the key.
            // While Ctrl-Home fetches pages the view holds still, so the rule says why.
            let seeking = state.transcript.isSeekingFirst
            let long = seeking
                ? " ↑ loading the first message… · Ctrl-End to follow "
                : " ↓ \(state.scrollOffset) more rows · End or Ctrl-End to follow "
            let short = seeking ? " ↑ loading the first message… " : " ↓ \(state.scrollOffset) more · End to follow "
            let label = CharacterWidth.of(long) + 2 <= grid.cols ? long : short
            let start = max(0, grid.cols - CharacterWidth.of(label) - 2)
            grid.write(label, row: row, col: start, style: .colored(.yellow))
        }
    }
}
