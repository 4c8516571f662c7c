import AgentCore
import Foundation
import Persistence

/// The review's detail pane, in place of the list: the task's fields, its times, the
/// description (edited in place after `e`) and its change history from the undo journal.
enum TaskDetailView {
    static func draw(_ detail: TaskDetail?, editor: InputEditor?, state: AppState, on grid: inout Grid) {
        let top = TaskReviewLayout.listTop
        let height = TaskReviewLayout.listHeight(grid.size)
        guard let detail else {
            grid.write("Loading the task…", row: top, col: 2, style: .dim)
            return
        }
        let width = grid.cols - 2
        var lines = fields(detail.task, state: state).flatMap { TextWrapper.wrap($0, width: width) }
        lines.append(StyledLine("Description", .bold))
        let descriptionRow = lines.count
        let field = editor.map { InputLayout(editor: $0, width: width - 2 + InputLayout.promptWidth) }
        if let field {
            lines += Array(repeating: StyledLine(), count: field.rows.count)
        } else {
            let text = detail.task.description.map { TerminalSanitizer.sanitize($0, keepNewlines: true) }
            lines += TextWrapper.wrap(text ?? "none (e adds one)", width: width - 2, style: text == nil ? .dim : .plain)
                .map(indented)
        }
        lines += [StyledLine(), StyledLine("History", .bold)]
        lines += detail.history.flatMap { TextWrapper.wrap(line(for: $0, state: state), width: width) }
        for (offset, line) in lines.prefix(height).enumerated() {
            line.draw(on: &grid, row: top + offset, col: 1)
        }
        guard let field else { return }
        for (offset, text) in field.rows.enumerated() where descriptionRow + offset < height {
            grid.write(text, row: top + descriptionRow + offset, col: 3, style: CellStyle(underline: true))
        }
        grid.cursor = Position(
            row: top + descriptionRow + field.cursor.row, col: 3 + field.cursor.col - InputLayout.promptWidth)
    }

    private static func fields(_ task: TodoTask, state: AppState) -> [StyledLine] {
        let title = TerminalSanitizer.sanitize(TaskLine.singleLine(task.title), keepNewlines: false)
        let time = { (date: Date) in LocalTime.minutes(date, in: state.timeZone) }
        return [
            StyledLine("#\(task.id) \(task.completed ? "☑" : "☐") \(title)", .bold),
            StyledLine(
                "Priority \(task.priority?.rawValue ?? "none") · tags \(task.tags.isEmpty ? "none" : task.tags.map { "#" + $0 }.joined(separator: " "))"),
            StyledLine("Due \(task.due?.normalized ?? "none") · repeats \(task.recurrence?.normalized ?? "never")"),
            StyledLine(
                "Created \(time(task.createdAt)) · updated \(time(task.updatedAt))"
                    + (task.completedAt.map { " · completed \(time($0))" } ?? ""), .dim),
            StyledLine(),
        ]
    }

    /// "2025-03-14 10:00  updated (tui)  title: Buy milk → Buy oat milk", dim once undone.
    private static func line(for entry: TaskHistoryEntry, state: AppState) -> StyledLine {
        let what = ([entry.action.pastTense + " (\(entry.source.rawValue))"] + entry.fields).joined(separator: "  ")
        let text = "\(LocalTime.minutes(entry.at, in: state.timeZone))  \(what)\(entry.undone ? "  · undone" : "")"
        return StyledLine(TerminalSanitizer.sanitize(text, keepNewlines: false), entry.undone ? .dim : .plain, hangingIndent: 18)
    }

    private static func indented(_ line: StyledLine) -> StyledLine {
        var shifted = StyledLine("  ")
        for span in line.spans { shifted.append(span.text, span.style) }
        return shifted
    }
}
