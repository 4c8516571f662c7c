import AgentCore

/// The bottom row: what the app is doing on the left, key hints on the right.
///
/// When the row is too narrow the model and usage go first, then the hints, then the
/// reminder counts, so the state (thinking, error…) is always visible.
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
        var hints = hints
        // Drop the least important fact until facts and hints fit; then the hints; then
        // more facts. The state itself always stays.
        while width(of: facts) + CharacterWidth.of(hints) + 1 > grid.cols {
            if let least = facts.indices.dropFirst().min(by: { facts[$0].rank < facts[$1].rank }),
               facts[least].rank < Fact.essential || hints.isEmpty {
                facts.remove(at: least)
            } else if !hints.isEmpty {
                hints = ""
            } else {
                break
            }
        }
        var column = grid.write(" ", row: row, col: 0, style: style)
        column = grid.write(facts[0].text, row: row, col: column, style: activityStyle(state.activity))
        for fact in facts.dropFirst() {
            column = grid.write(" · " + fact.text, row: row, col: column, style: style)
        }
        if !hints.isEmpty {
            grid.write(hints, row: row, col: grid.cols - CharacterWidth.of(hints) - 1, style: style)
        }
    }

    /// One item of the left side; higher ranks are dropped later.
    private struct Fact {
        static let essential = 3
        var text: String
        var rank: Int
    }

    private static func width(of facts: [Fact]) -> Int {
        CharacterWidth.of(" " + facts.map(\.text).joined(separator: " · ") + " ")
    }

    static let chatHints = ChatKeymap.hintLine

    private static func activityStyle(_ activity: Activity) -> CellStyle {
        if case .failed = activity { return CellStyle(bold: true, reverse: true, color: .red) }
        return CellStyle(bold: true, reverse: true)
    }

    /// In reading order: the state, the conversation, the model, usage, reminders.
    private static func facts(for state: AppState) -> [Fact] {
        var facts = [
            Fact(text: activityText(state), rank: 5),
            Fact(text: state.conversationID.map { "#\($0)" } ?? "new", rank: 4),
            Fact(text: state.session.provider + "/" + state.currentModel, rank: 1),
        ]
        if state.tokensUsed > 0 { facts.append(Fact(text: tokenText(state.tokensUsed), rank: 2)) }
        if state.reminders.overdue > 0 { facts.append(Fact(text: "\(state.reminders.overdue) overdue", rank: 3)) }
        if state.reminders.dueToday > 0 { facts.append(Fact(text: "\(state.reminders.dueToday) today", rank: 3)) }
        return facts
    }

    private static func activityText(_ state: AppState) -> String {
        switch state.activity {
        case .thinking, .streaming:
            spinner[state.spinnerFrame % spinner.count] + " " + state.activity.label
        case .idle, .failed, .unanswered:
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
