/// The bottom row: what the app is doing on the left, key hints on the right.
///
/// When the row is too narrow the hints go first, then the less important facts, so the
/// state (thinking, error…) is always visible.
enum StatusBar {
    static let style = CellStyle.reverse
    private static let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    static func draw(_ state: AppState, row: Int, on grid: inout Grid, hints: String = chatHints) {
        grid.fill(row: row, style: style)
        if let flash = state.flash {
            grid.write(" " + TerminalSanitizer.sanitize(flash, keepNewlines: false), row: row, col: 0, style: style)
            return
        }
        var facts = facts(for: state)
        while facts.count > 1, CharacterWidth.of(" " + facts.joined(separator: " · ") + " ") > grid.cols {
            facts.removeLast()
        }
        var column = grid.write(" ", row: row, col: 0, style: style)
        column = grid.write(facts[0], row: row, col: column, style: activityStyle(state.activity))
        for fact in facts.dropFirst() {
            column = grid.write(" · " + fact, row: row, col: column, style: style)
        }
        let hintsWidth = CharacterWidth.of(hints)
        if column + hintsWidth + 2 <= grid.cols {
            grid.write(hints, row: row, col: grid.cols - hintsWidth - 1, style: style)
        }
    }

    static let chatHints = "F2 tasks · ^O chats · /help"

    private static func activityStyle(_ activity: Activity) -> CellStyle {
        if case .failed = activity { return CellStyle(bold: true, reverse: true, color: .red) }
        return CellStyle(bold: true, reverse: true)
    }

    /// Most important first: the state, where, with what, then counts.
    private static func facts(for state: AppState) -> [String] {
        var facts = [activityText(state)]
        facts.append(state.conversationID.map { "#\($0)" } ?? "new")
        facts.append(state.session.provider + "/" + state.session.model)
        if state.tokensUsed > 0 { facts.append(tokenText(state.tokensUsed)) }
        if state.reminders.overdue > 0 { facts.append("\(state.reminders.overdue) overdue") }
        if state.reminders.dueToday > 0 { facts.append("\(state.reminders.dueToday) due today") }
        return facts
    }

    private static func activityText(_ state: AppState) -> String {
        switch state.activity {
        case .thinking, .streaming:
            spinner[state.spinnerFrame % spinner.count] + " " + state.activity.label
        case .idle, .failed:
            state.activity.label
        }
    }

    /// "950 tok", "12.3k tok".
    static func tokenText(_ tokens: Int) -> String {
        guard tokens >= 1_000 else { return "\(tokens) tok" }
        let tenths = (tokens + 50) / 100
        return "\(tenths / 10).\(tenths % 10)k tok"
    }
}
