import AgentCore
import Foundation
import Persistence

/// The task panel at the right of the conversation pane: a header with the pending count,
/// then one task per row (due, priority, title, tags), the rows the agent just touched marked.
///
/// Only the rows that fit are drawn, from the screenful the panel holds.
enum TaskPanelView {
    static func draw(_ state: AppState, left: Int, height: Int, on grid: inout Grid) {
        guard height > 0 else { return }
        for row in 0..<height { grid.write("│", row: row, col: left, style: .dim) }
        let start = left + 2
        let end = grid.cols - 1
        let panel = state.taskPanel
        grid.write(header(panel), row: 0, col: start, style: .bold, limit: end)
        guard panel.isLoaded else { return }
        if panel.total == 0, panel.leaving.isEmpty {
            grid.write("Nothing pending.", row: 2, col: start, style: .dim, limit: end)
            return
        }
        let clock = TaskClock.fixed(state.now, timeZone: state.timeZone)
        let rows = panel.rows
        let room = height - 1
        let overflows = rows.count > room || panel.total > panel.tasks.count
        let shown = rows.prefix(overflows ? max(0, room - 1) : room)
        for (offset, task) in shown.enumerated() {
            drawTask(task, highlight: panel.highlights[task.id], row: 1 + offset, from: start, to: end, clock: clock, on: &grid)
        }
        if overflows {
            let leavingShown = shown.filter { task in panel.leaving.contains { $0.task.id == task.id } }.count
            let more = panel.total - (shown.count - leavingShown)
            grid.write("+\(more) more · F2 lists them all", row: 1 + shown.count, col: start, style: .dim, limit: end)
        }
    }

    private static func header(_ panel: TaskPanel) -> String {
        guard panel.isLoaded else { return "Tasks · loading…" }
        return "Tasks · \(panel.total) pending"
    }

    /// "today  H Pay the electricity bill  #home": the title gets the room first, and the
    /// tags only what is left.
    private static func drawTask(
        _ task: TodoTask, highlight: PanelHighlight?, row: Int, from start: Int, to end: Int, clock: TaskClock,
        on grid: inout Grid
    ) {
        let leaving = highlight?.kind == .leaving
        let marked = highlight?.kind == .changed
        let rowStyle: CellStyle = marked ? CellStyle(bold: true, reverse: true) : leaving ? .dim : .plain
        if marked { grid.fill(row: row, from: start, to: end, style: rowStyle) }
        if let due = task.due {
            let label = PanelDueLabel(due, clock: clock)
            var style = rowStyle
            if !leaving, label.isOverdue { style.color = .red; style.bold = true }
            else if !leaving, label.isToday { style.color = .yellow }
            grid.write(label.text, row: row, col: start, style: style, limit: start + PanelDueLabel.width)
        }
        let markColumn = start + PanelDueLabel.width + 1
        let (mark, markStyle) = priorityMark(task.priority, leaving: leaving, row: rowStyle)
        grid.write(mark, row: row, col: markColumn, style: markStyle)
        let titleColumn = markColumn + 2
        let room = max(0, end - titleColumn)
        let title = TerminalSanitizer.sanitize(task.title, keepNewlines: false)
        let tags = task.tags.map { "#" + $0 }.joined(separator: " ")
        let titleWidth = CharacterWidth.of(title)
        let column = grid.write(CharacterWidth.truncated(title, toWidth: room), row: row, col: titleColumn, style: rowStyle, limit: end)
        if !tags.isEmpty, titleWidth + 2 + CharacterWidth.of(tags) <= room {
            var tagStyle = rowStyle
            if !marked { tagStyle.color = .cyan }
            grid.write("  " + tags, row: row, col: column, style: tagStyle, limit: end)
        }
    }

    /// H, M, L in red, yellow and dim; a leaving row shows a check instead.
    private static func priorityMark(_ priority: Priority?, leaving: Bool, row: CellStyle) -> (String, CellStyle) {
        if leaving { return ("✓", CellStyle(dim: true, color: .green)) }
        var style = row
        switch priority {
        case .high?: style.color = .red; style.bold = true; return ("H", style)
        case .medium?: style.color = .yellow; return ("M", style)
        case .low?: style.dim = !row.reverse; return ("L", style)
        case nil: return (" ", row)
        }
    }
}
