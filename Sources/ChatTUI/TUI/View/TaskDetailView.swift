import AgentCore
import Foundation
import Persistence

/// The review's detail pane, in place of the list: the task's fields, its times, the
/// description (edited in place after `e`) and its change history from the undo journal.
enum TaskDetailView {
    /// The pane's text, and where the description starts in it.
    struct Text {
        var lines: [StyledLine]
        var descriptionRow: Int
    }

    /// Draws `detail` from its row `offset` down; while the description is edited, scrolled
    /// as little as it takes to show the cursor.
    static func draw(_ detail: TaskDetail?, editor: InputEditor?, offset: Int, state: AppState, on grid: inout Grid) {
        let top = TaskReviewLayout.listTop
        let height = TaskReviewLayout.listHeight(grid.size)
        guard let detail else {
            grid.write("Loading the task…", row: top, col: 2, style: .dim)
            return
        }
        let width = grid.cols - 2
        let field = editor.map { InputLayout(editor: $0, width: width - 2 + InputLayout.promptWidth) }
        let clock = TaskClock.fixed(state.now, timeZone: state.timeZone)
        let text = text(for: detail, fieldRows: field?.rows.count, clock: clock, width: width)
        var first = min(max(0, offset), max(0, text.lines.count - height))
        if let field {
            let cursorRow = text.descriptionRow + field.cursor.row
            first = min(first, cursorRow)
            first = max(first, cursorRow - height + 1)
        }
        for (row, line) in text.lines.dropFirst(first).prefix(height).enumerated() {
            line.draw(on: &grid, row: top + row, col: 1)
        }
        drawScrollNotice(above: first, below: text.lines.count - first - height, on: &grid)
        guard let field else { return }
        for (number, row) in field.rows.enumerated() {
            let line = text.descriptionRow + number - first
            guard (0..<height).contains(line) else { continue }
            grid.write(row, row: top + line, col: 3, style: CellStyle(underline: true))
        }
        grid.cursor = Position(
            row: top + text.descriptionRow + field.cursor.row - first, col: 3 + field.cursor.col - InputLayout.promptWidth)
    }

    /// The fields, the description (or `fieldRows` blank rows for its editor) and the
    /// history, wrapped to `width`. Update reads it too, to know how far the pane scrolls.
    static func text(for detail: TaskDetail, fieldRows: Int?, clock: TaskClock, width: Int) -> Text {
        var lines = fields(detail.task, clock: clock).flatMap { TextWrapper.wrap($0, width: width) }
        lines.append(StyledLine("Description", .bold))
        let descriptionRow = lines.count
        if let fieldRows {
            lines += Array(repeating: StyledLine(), count: fieldRows)
        } else {
            let text = detail.task.description.map { TerminalSanitizer.sanitize($0, keepNewlines: true) }
            lines += TextWrapper.wrap(text ?? "none (e adds one)", width: width - 2, style: text == nil ? .dim : .plain)
                .map(indented)
        }
        lines += [StyledLine(), StyledLine("History", .bold)]
        lines += detail.history.flatMap { TextWrapper.wrap(line(for: $0, clock: clock), width: width) }
        return Text(lines: lines, descriptionRow: descriptionRow)
    }

    /// "↑ 2 more · ↓ 6 more" on the notice row, when the pane holds more than it shows.
    private static func drawScrollNotice(above: Int, below: Int, on grid: inout Grid) {
        let parts = (above > 0 ? ["↑ \(above) more"] : []) + (below > 0 ? ["↓ \(below) more"] : [])
        guard !parts.isEmpty else { return }
        grid.write(" " + parts.joined(separator: " · "), row: TaskReviewLayout.noticeRow(grid.size), col: 0, style: .dim)
    }

    /// Dates read as in the list rows (`TaskDateText`), in the user's zone.
    private static func fields(_ task: TodoTask, clock: TaskClock) -> [StyledLine] {
        let title = TerminalSanitizer.sanitize(TaskLine.singleLine(task.title), keepNewlines: false)
        let time = { (date: Date) in TaskDateText.text(date, clock: clock) }
        let due = task.due.map { TaskDateText.text($0, clock: clock) } ?? "none"
        return [
            StyledLine("#\(task.id) \(task.completed ? "☑" : "☐") \(title)", .bold),
            StyledLine(
                "Priority \(task.priority?.rawValue ?? "none") · tags \(task.tags.isEmpty ? "none" : task.tags.map { "#" + $0 }.joined(separator: " "))"),
            StyledLine("Due \(due) · repeats \(task.recurrence?.normalized ?? "never")"),
            // One time a line, so a narrow pane never wraps inside a date.
            StyledLine("Created \(time(task.createdAt))", .dim),
            StyledLine("Updated \(time(task.updatedAt))", .dim),
        ] + (task.completedAt.map { [StyledLine("Completed \(time($0))", .dim)] } ?? []) + [StyledLine()]
    }

    /// "2025-03-14 10:00  updated (tui)  title: Buy milk → Buy oat milk", dim once undone.
    /// The time column stays sortable; a due date changed reads as everywhere else.
    private static func line(for entry: TaskHistoryEntry, clock: TaskClock) -> StyledLine {
        let fields = entry.fields.map { readableDue(in: $0, clock: clock) }
        let what = ([entry.action.pastTense + " (\(entry.source.rawValue))"] + fields).joined(separator: "  ")
        let text = "\(LocalTime.minutes(entry.at, in: clock.timeZone))  \(what)\(entry.undone ? "  · undone" : "")"
        return StyledLine(TerminalSanitizer.sanitize(text, keepNewlines: false), entry.undone ? .dim : .plain, hangingIndent: 18)
    }

    /// The journal words a due change "due: 2027-06-03T17:00:00Z → none"; shown as
    /// "due: Thu 3 Jun 2027 17:00 → none" (`TaskDateText`).
    private static func readableDue(in field: String, clock: TaskClock) -> String {
        guard field.hasPrefix("due: ") else { return field }
        let sides = field.dropFirst("due: ".count).components(separatedBy: " → ").map { side in
            guard side.first?.isNumber == true, let due = try? Due.parse(side, clock: clock) else { return side }
            return TaskDateText.text(due, clock: clock)
        }
        return "due: " + sides.joined(separator: " → ")
    }

    private static func indented(_ line: StyledLine) -> StyledLine {
        var shifted = StyledLine("  ")
        for span in line.spans { shifted.append(span.text, span.style) }
        return shifted
    }
}
