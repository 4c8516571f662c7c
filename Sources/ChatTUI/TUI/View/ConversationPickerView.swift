import AgentCore
import Foundation
import Persistence

/// The conversation picker: newest first, with each conversation's id, size and last use,
/// the open one marked, and under a filter those kept for their messages rather than their
/// title said so. Only the visible rows are drawn, however many conversations there are.
enum ConversationPickerView {
    static func draw(_ picker: ConversationPicker, state: AppState, on grid: inout Grid) {
        drawTitle(picker, on: &grid)
        if case .help(let offset) = picker.mode {
            drawHelp(offset: offset, on: &grid)
        } else {
            drawList(picker, state: state, on: &grid)
        }
        drawFooter(picker, on: &grid)
        StatusBar.draw(state, row: TaskReviewLayout.statusRow(grid.size), on: &grid, hints: "")
    }

    private static func drawList(_ picker: ConversationPicker, state: AppState, on grid: inout Grid) {
        let height = TaskReviewLayout.listHeight(grid.size)
        if picker.window.total == 0 {
            grid.write(emptyText(picker), row: TaskReviewLayout.listTop, col: 2, style: .dim)
        }
        let visible = picker.selection.visible(height: height)
        for position in visible {
            let row = TaskReviewLayout.listTop + position - visible.lowerBound
            let selected = position == picker.selection.index
            let style = selected ? CellStyle.reverse : .plain
            if selected { grid.fill(row: row, from: 0, to: grid.cols, style: style) }
            guard let conversation = picker.window[position] else {
                grid.write("…", row: row, col: 2, style: selected ? .reverse : .dim)
                continue
            }
            if conversation.id == state.conversationID { grid.write("▸", row: row, col: 0, style: style) }
            if case .renaming(let id, let editor) = picker.mode, id == conversation.id {
                grid.writeField("#\(id) ✎ ", editor, row: row, col: 2)
            } else {
                let inMessages = picker.title.map { !ConversationService.title(conversation.title, holds: $0) } ?? false
                line(for: conversation, inMessages: inMessages, selected: selected, state: state)
                    .draw(on: &grid, row: row, col: 2)
            }
        }
    }

    private static func drawHelp(offset: Int, on grid: inout Grid) {
        let lines = PickerHelpLayout.lines(width: grid.cols - 1)
        for (row, line) in lines.dropFirst(offset).prefix(TaskReviewLayout.listHeight(grid.size)).enumerated() {
            line.draw(on: &grid, row: TaskReviewLayout.listTop + row, col: 1)
        }
    }

    private static func drawTitle(_ picker: ConversationPicker, on grid: inout Grid) {
        var title = " Conversations"
        if !picker.isLoading { title += " (\(picker.window.total))" }
        if let filter = picker.title { title += " · matching “\(TerminalSanitizer.sanitize(filter, keepNewlines: false))”" }
        grid.write(title, row: 0, col: 0, style: .bold)
        grid.write(String(repeating: "─", count: grid.cols), row: 1, col: 0, style: .dim)
    }

    private static func emptyText(_ picker: ConversationPicker) -> String {
        if picker.isLoading { return "Loading conversations…" }
        guard let filter = picker.title else { return "No saved conversations yet." }
        return "No conversation's title or messages hold “\(TerminalSanitizer.sanitize(filter, keepNewlines: false))”. Esc in the filter shows all."
    }

    private static func drawFooter(_ picker: ConversationPicker, on grid: inout Grid) {
        let size = grid.size
        let noticeRow = TaskReviewLayout.noticeRow(size)
        let hint: String
        switch picker.mode {
        case .browsing:
            hint = PickerKeymap.hintLine
            if let notice = picker.notice {
                grid.write(" " + TerminalSanitizer.sanitize(notice, keepNewlines: false), row: noticeRow, col: 0, style: .colored(.yellow))
            }
        case .filtering(let editor):
            grid.writeField(" Filter: ", editor, row: noticeRow, col: 0)
            hint = "type to filter · Enter keeps it · Esc shows all"
        case .renaming:
            hint = "Enter saves · Esc cancels"
        case .confirmingDelete(let conversation):
            let title = TerminalSanitizer.sanitize(conversation.title, keepNewlines: false)
            grid.write(" Delete #\(conversation.id) “\(title)”? y/n", row: noticeRow, col: 0, style: .colored(.yellow))
            hint = "y deletes (u brings it back this session) · any other key keeps it"
        case .help:
            hint = HelpScroll.hint
        }
        let wrapped = TextWrapper.wrap(StyledLine(" " + hint, .dim), width: grid.cols)
        wrapped.first?.draw(on: &grid, row: TaskReviewLayout.hintRow(size), col: 0)
    }

    /// "#12  Groceries and bills · 34 messages · 2025-03-14", with a dim "· in messages" after
    /// the title when the filter matched its messages, where a narrow screen still shows it.
    private static func line(for conversation: Conversation, inMessages: Bool, selected: Bool, state: AppState)
        -> StyledLine
    {
        let style = selected ? CellStyle.reverse : .plain
        let date = LocalDate(containing: conversation.updatedAt, in: state.timeZone)
        let title = TerminalSanitizer.sanitize(conversation.title, keepNewlines: false)
        let count = conversation.messageCount == 1 ? "1 message" : "\(conversation.messageCount) messages"
        let open = conversation.id == state.conversationID ? " · open" : ""
        var line = StyledLine("#\(conversation.id)  \(title.isEmpty ? "(untitled)" : title)", style)
        if inMessages { line.append(" · in messages", CellStyle(dim: true, reverse: selected)) }
        line.append(" · \(count) · \(date)\(open)", style)
        return line
    }
}
