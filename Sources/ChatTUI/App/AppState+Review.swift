import AgentCore
import Persistence

/// Keys on the task review screen.
extension AppState {
    mutating func handleReviewKey(_ key: Key, _ review: inout TaskReview) -> [Effect] {
        switch review.mode {
        case .browsing:
            return handleBrowsingKey(key, &review)
        case .renaming(let id, var editor):
            return handleRenamingKey(key, id: id, editor: &editor, &review)
        case .searching(var editor):
            return handleSearchingKey(key, editor: &editor, &review)
        }
    }

    private mutating func handleBrowsingKey(_ key: Key, _ review: inout TaskReview) -> [Effect] {
        review.notice = nil
        switch key {
        case .character("j"), .down:
            review.selection.next()
        case .character("k"), .up:
            review.selection.previous()
        case .home, .character("g"):
            review.selection.first()
        case .end, .character("G"):
            review.selection.last()
        case .pageDown:
            review.selection.pageDown(reviewListHeight)
        case .pageUp:
            review.selection.pageUp(reviewListHeight)
        case .character(" "):
            guard let task = review.selectedTask else { return [] }
            return [task.completed ? .reopenTask(task.id) : .completeTask(task.id)]
        case .character("e"):
            guard let task = review.selectedTask else { return [] }
            review.mode = .renaming(task.id, InputEditor(text: TaskLine.singleLine(task.title)))
        case .character("d"):
            guard let task = review.selectedTask else { return [] }
            return [.deleteTask(task.id)]
        case .character("u"):
            return [.undo]
        case .character("p"):
            guard let task = review.selectedTask else { return [] }
            return [.setPriority(task.id, Self.priority(after: task.priority))]
        case .character("f"):
            reviewSettings.filter = Self.filter(after: reviewSettings.filter)
            return reloadReview(&review)
        case .character("/"):
            review.mode = .searching(InputEditor(text: reviewSettings.search ?? ""))
        case .character("q"), .escape:
            return closeReview()
        default:
            break
        }
        return fetchAroundCursor(&review)
    }

    private func handleRenamingKey(
        _ key: Key, id: Int64, editor: inout InputEditor, _ review: inout TaskReview
    ) -> [Effect] {
        switch key {
        case .enter:
            let title = editor.text.trimmingCharacters(in: .whitespaces)
            guard !title.isEmpty else {
                review.notice = "A title cannot be empty: type one, or press Esc to keep the old one."
                return []
            }
            review.mode = .browsing
            return [.renameTask(id, title: title)]
        case .escape:
            review.mode = .browsing
        case .paste(let text):
            // A title is one line.
            editor.paste(TaskLine.singleLine(text))
            review.mode = .renaming(id, editor)
        default:
            if editor.handleEditingKey(key) { review.mode = .renaming(id, editor) }
        }
        return []
    }

    private mutating func handleSearchingKey(_ key: Key, editor: inout InputEditor, _ review: inout TaskReview) -> [Effect] {
        switch key {
        case .enter:
            let text = editor.text.trimmingCharacters(in: .whitespaces)
            reviewSettings.search = text.isEmpty ? nil : text
            review.mode = .browsing
            return reloadReview(&review)
        case .escape:
            review.mode = .browsing
        case .paste(let text):
            editor.paste(TaskLine.singleLine(text))
            review.mode = .searching(editor)
        default:
            if editor.handleEditingKey(key) { review.mode = .searching(editor) }
        }
        return []
    }

    /// Opens with the filter, sort and text filter it had when it was last closed.
    mutating func openReview() -> [Effect] {
        var review = TaskReview()
        let effects = reloadReview(&review)
        screen = .review(review)
        return effects
    }

    /// Back to the chat; a task change may have moved the reminder counts.
    private mutating func closeReview() -> [Effect] {
        screen = .chat
        return [.loadReminders]
    }

    /// none → low → medium → high → none.
    static func priority(after priority: Priority?) -> Priority? {
        switch priority {
        case nil: .low
        case .low: .medium
        case .medium: .high
        case .high: nil
        }
    }

    /// pending → completed → all → pending.
    static func filter(after filter: TaskStatusFilter) -> TaskStatusFilter {
        switch filter {
        case .pending: .completed
        case .completed: .all
        case .all: .pending
        }
    }
}
