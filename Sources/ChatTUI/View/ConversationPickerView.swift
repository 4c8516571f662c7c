import Foundation
import Persistence

/// The conversation picker: newest first, with each conversation's id, size and last use.
enum ConversationPickerView {
    static func draw(_ picker: ConversationPicker, state: AppState, on grid: inout Grid) {
        let size = grid.size
        grid.write(" Conversations", row: 0, col: 0, style: .bold)
        grid.write(String(repeating: "─", count: grid.cols), row: 1, col: 0, style: .dim)
        let height = TaskReviewLayout.listHeight(size)
        if picker.conversations.isEmpty {
            let text = picker.isLoading ? "Loading conversations…" : "No saved conversations yet."
            grid.write(text, row: 2, col: 2, style: .dim)
        }
        let first = picker.selection.firstVisible(height: height)
        for (offset, conversation) in picker.conversations.dropFirst(first).prefix(height).enumerated() {
            let selected = first + offset == picker.selection.index
            let row = 2 + offset
            let style = selected ? CellStyle.reverse : .plain
            if selected { grid.fill(row: row, from: 0, to: grid.cols, style: style) }
            grid.write(line(for: conversation, state: state), row: row, col: 1, style: style)
        }
        grid.write(" j/k move · Enter opens · q back", row: TaskReviewLayout.hintRow(size), col: 0, style: .dim)
        StatusBar.draw(state, row: TaskReviewLayout.statusRow(size), on: &grid, hints: "")
    }

    /// "#12  Groceries and bills · 34 messages · 2025-03-14".
    private static func line(for conversation: Conversation, state: AppState) -> String {
        let date = LocalDate(containing: conversation.updatedAt, in: state.timeZone)
        let title = TerminalSanitizer.sanitize(conversation.title, keepNewlines: false)
        let count = conversation.messageCount == 1 ? "1 message" : "\(conversation.messageCount) messages"
        return "#\(conversation.id)  \(title.isEmpty ? "(untitled)" : title) · \(count) · \(date)"
    }
}
