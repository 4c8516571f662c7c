import AgentCore
import Foundation
import Persistence

/// The task review screen: one task per row in the shape the CLI prints, the selected row
/// reversed, overdue and due-today tasks marked, and the edit field in place when renaming.
enum TaskReviewView {
    /// Each key is tied to its action with a no-break space, so a narrow screen cuts between
    /// hints, never inside one.
    static let hints = [
        "space done", "e edit", "d delete", "u undo", "p priority", "f filter", "/ search", "q back",
    ].map { $0.replacingOccurrences(of: " ", with: "\u{A0}") }.joined(separator: "  ")

    /// Only the visible rows are drawn, so a frame costs the same at 10 tasks and at 100,000.
    static func draw(_ review: TaskReview, state: AppState, on grid: inout Grid) {
        let size = grid.size
        let settings = state.reviewSettings
        drawTitle(review, settings: settings, on: &grid)
        if review.window.total == 0 {
            let text = review.isLoading ? "Loading tasks…" : emptyText(settings)
            grid.write(text, row: TaskReviewLayout.listTop, col: 2, style: .dim)
        }
        let clock = TaskClock.fixed(state.now, timeZone: state.timeZone)
        let visible = review.selection.visible(height: TaskReviewLayout.listHeight(size))
        for position in visible {
            let row = TaskReviewLayout.listTop + position - visible.lowerBound
            let selected = position == review.selection.index
            guard let task = review.window[position] else {
                // Not read yet: the next window is on its way.
                grid.write("…", row: row, col: 2, style: selected ? .reverse : .dim)
                continue
            }
            drawTask(task, row: row, selected: selected, review: review, clock: clock, on: &grid)
        }
        drawFooter(review, on: &grid)
        StatusBar.draw(state, row: TaskReviewLayout.statusRow(size), on: &grid, hints: "")
    }

    private static func drawTitle(_ review: TaskReview, settings: ReviewSettings, on grid: inout Grid) {
        var title = "Tasks · \(settings.filter.rawValue)"
        if !review.isLoading { title += " (\(review.window.total))" }
        title += " · by \(settings.sort.rawValue)"
        if let search = settings.search { title += " · matching “\(TerminalSanitizer.sanitize(search, keepNewlines: false))”" }
        grid.write(" " + title, row: 0, col: 0, style: .bold)
        grid.write(String(repeating: "─", count: grid.cols), row: 1, col: 0, style: .dim)
    }

    private static func emptyText(_ settings: ReviewSettings) -> String {
        if let search = settings.search {
            let shown = TerminalSanitizer.sanitize(search, keepNewlines: false)
            return "No \(settings.filter == .all ? "" : settings.filter.rawValue + " ")task matches “\(shown)”. / changes the filter."
        }
        return switch settings.filter {
        case .pending: "Nothing pending. f shows completed tasks; q goes back to the chat."
        case .completed: "Nothing completed yet. f shows all tasks."
        case .all: "No tasks yet. Ask in the chat to add one."
        }
    }

    private static func drawTask(
        _ task: TodoTask, row: Int, selected: Bool, review: TaskReview, clock: TaskClock, on grid: inout Grid
    ) {
        var line = TaskLine(task, clock: clock)
        line.title = TerminalSanitizer.sanitize(line.title, keepNewlines: false)
        let dueToday = !task.completed && (task.due?.isDueToday(clock: clock) ?? false)
        if line.overdue {
            grid.write("!", row: row, col: 0, style: .colored(.red))
        } else if dueToday {
            grid.write("•", row: row, col: 0, style: .colored(.yellow))
        }
        var style: CellStyle = task.completed ? .dim : .plain
        style.reverse = selected
        if case .renaming(let id, let editor) = review.mode, id == task.id {
            let prefix = "#\(task.id) ✎ "
            let column = grid.write(prefix, row: row, col: 2, style: .bold)
            let field = InputLayout(editor: editor, width: grid.cols - column + InputLayout.promptWidth - 1)
            grid.write(field.rows.last ?? "", row: row, col: column, style: CellStyle(underline: true))
            grid.cursor = Position(row: row, col: column + field.cursor.col - InputLayout.promptWidth)
            return
        }
        if selected { grid.fill(row: row, from: 2, to: grid.cols, style: style) }
        grid.write(TerminalSanitizer.sanitize(line.text, keepNewlines: false), row: row, col: 2, style: style)
    }

    private static func drawFooter(_ review: TaskReview, on grid: inout Grid) {
        let size = grid.size
        if case .searching(let editor) = review.mode {
            let column = grid.write(" Search: ", row: TaskReviewLayout.noticeRow(size), col: 0, style: .bold)
            let field = InputLayout(editor: editor, width: grid.cols - column + InputLayout.promptWidth - 1)
            grid.write(field.rows.last ?? "", row: TaskReviewLayout.noticeRow(size), col: column)
            grid.cursor = Position(row: TaskReviewLayout.noticeRow(size), col: column + field.cursor.col - InputLayout.promptWidth)
        } else if let notice = review.notice {
            grid.write(" " + TerminalSanitizer.sanitize(notice, keepNewlines: false), row: TaskReviewLayout.noticeRow(size), col: 0, style: .colored(.yellow))
        }
        let hintText: String
        switch review.mode {
        case .browsing: hintText = hints
        case .renaming: hintText = "Enter saves · Esc cancels"
        case .searching: hintText = "Enter filters · an empty search shows all · Esc cancels"
        }
        let wrapped = TextWrapper.wrap(StyledLine(" " + hintText, .dim), width: grid.cols)
        wrapped.first?.draw(on: &grid, row: TaskReviewLayout.hintRow(size), col: 0)
    }
}
