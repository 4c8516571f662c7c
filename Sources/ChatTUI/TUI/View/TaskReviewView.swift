import AgentCore
import Foundation
import Persistence

/// The task review screen: one task per row in the shape the CLI prints, the selected row
/// reversed, overdue and due-today tasks marked, and the edit field in place when renaming.
enum TaskReviewView {
    /// Only the visible rows are drawn, so a frame costs the same at 10 tasks and at 100,000.
    static func draw(_ review: TaskReview, state: AppState, on grid: inout Grid) {
        let size = grid.size
        let settings = state.reviewSettings
        drawTitle(review, settings: settings, on: &grid)
        switch review.mode {
        case .detail(let detail):
            TaskDetailView.draw(detail, editor: nil, offset: review.detailOffset, state: state, on: &grid)
        case .editing(.description, let editor):
            TaskDetailView.draw(review.openDetail, editor: editor, offset: review.detailOffset, state: state, on: &grid)
        case .help(let offset):
            drawHelp(offset: offset, on: &grid)
        case .browsing, .editing:
            drawList(review, state: state, on: &grid)
        }
        drawFooter(review, on: &grid)
        StatusBar.draw(state, row: TaskReviewLayout.statusRow(size), on: &grid, hints: "")
    }

    private static func drawList(_ review: TaskReview, state: AppState, on grid: inout Grid) {
        let size = grid.size
        if review.window.total == 0 {
            let text = review.isLoading ? "Loading tasks…" : emptyText(state.reviewSettings)
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
    }

    private static func drawHelp(offset: Int, on grid: inout Grid) {
        let lines = ReviewHelpLayout.lines(width: grid.cols - 1)
        for (row, line) in lines.dropFirst(offset).prefix(TaskReviewLayout.listHeight(grid.size)).enumerated() {
            line.draw(on: &grid, row: TaskReviewLayout.listTop + row, col: 1)
        }
    }

    private static func drawTitle(_ review: TaskReview, settings: ReviewSettings, on grid: inout Grid) {
        var title = "Tasks · \(settings.filter.rawValue)"
        if !review.isLoading { title += review.counting == nil ? " (\(review.window.total))" : " (counting…)" }
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
        let overdue = !task.completed && (task.due?.isOverdue(clock: clock) ?? false)
        let dueToday = !task.completed && (task.due?.isDueToday(clock: clock) ?? false)
        if overdue {
            grid.write("!", row: row, col: 0, style: .colored(.red))
        } else if dueToday {
            grid.write("•", row: row, col: 0, style: .colored(.yellow))
        }
        var style: CellStyle = task.completed ? .dim : .plain
        style.reverse = selected
        if case .editing(.title(let id), let editor) = review.mode, id == task.id {
            grid.writeField("#\(task.id) ✎ ", editor, row: row, col: 2)
            return
        }
        if selected { grid.fill(row: row, from: 2, to: grid.cols, style: style) }
        grid.write(TaskRowText(task, clock: clock).fitted(width: grid.cols - 2), row: row, col: 2, style: style)
    }

    private static func drawFooter(_ review: TaskReview, on grid: inout Grid) {
        let size = grid.size
        if case .editing(let field, let editor) = review.mode, field.showsOnTheEditLine {
            grid.writeField(" \(field.label): ", editor, row: TaskReviewLayout.noticeRow(size), col: 0, fieldStyle: .plain)
        } else if let notice = review.notice {
            grid.fill(row: TaskReviewLayout.noticeRow(size), style: .plain)
            grid.write(" " + TerminalSanitizer.sanitize(notice, keepNewlines: false), row: TaskReviewLayout.noticeRow(size), col: 0, style: .colored(.yellow))
        }
        // While a field is open its line is the notice row, so what went wrong ("April has
        // 30 days", "A title cannot be empty") takes the hint's place.
        if case .editing = review.mode, let notice = review.notice {
            grid.fill(row: TaskReviewLayout.hintRow(size), style: .plain)
            grid.write(" " + TerminalSanitizer.sanitize(notice, keepNewlines: false), row: TaskReviewLayout.hintRow(size), col: 0, style: .colored(.yellow))
            return
        }
        let hintText = switch review.mode {
        case .browsing: ReviewKeymap.hintLine
        case .editing(let field, _): field.hint
        case .detail: DetailKeymap.hintLine
        case .help: HelpScroll.hint
        }
        let wrapped = TextWrapper.wrap(StyledLine(" " + hintText, .dim), width: grid.cols)
        wrapped.first?.draw(on: &grid, row: TaskReviewLayout.hintRow(size), col: 0)
    }
}
