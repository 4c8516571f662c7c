import AgentCore
import Persistence

/// The review's one-line fields (and the description's lines): opening one filled with what
/// it edits, typing, and what Enter asks the store to do.
extension AppState {
    /// The field a key opens, filled with what it edits. Tags, the due date and the repeat
    /// open selected (`InputEditor(selecting:)`): Enter keeps the value, typing replaces it,
    /// ← or Home edits it. The date is local ISO, which `D` reads back as the same moment.
    func openField(for action: ReviewAction, task: TodoTask?, _ review: inout TaskReview) {
        let clock = TaskClock.fixed(now, timeZone: timeZone)
        let opened: (TaskField, InputEditor)?
        switch action {
        case .search: opened = (.search, InputEditor(text: reviewSettings.search ?? ""))
        case .add: opened = (.newTask, InputEditor())
        case .editTitle: opened = task.map { (.title($0.id), InputEditor(text: TaskLine.singleLine($0.title))) }
        case .tags:
            opened = task.map { (.tags($0.id), InputEditor(selecting: $0.tags.map { "#" + $0 }.joined(separator: " "))) }
        case .due:
            opened = task.map { (.due($0.id), InputEditor(selecting: $0.due.map { TaskDateText.localISO($0, clock: clock) } ?? "")) }
        case .recurrence: opened = task.map { (.recurrence($0.id), InputEditor(selecting: $0.recurrence?.normalized ?? "")) }
        default: opened = nil
        }
        if let (field, editor) = opened { review.mode = .editing(field, editor) }
    }

    mutating func handleFieldKey(
        _ key: Key, field: TaskField, editor: inout InputEditor, _ review: inout TaskReview
    ) -> [Effect] {
        switch key {
        case .enter where editor.isSelected:
            // The value was kept as it was: nothing to write, nothing for `u` to undo.
            review.mode = review.openDetail.map { .detail($0) } ?? .browsing
            review.openDetail = nil
        case .enter:
            return submit(field, text: editor.text, &review)
        case .escape:
            review.mode = review.openDetail.map { .detail($0) } ?? .browsing
            review.openDetail = nil
        case .altEnter where field.isMultiline:
            editor.insert("\n")
            review.mode = .editing(field, editor)
        case .paste(let text) where !field.isMultiline:
            _ = editor.handleEditingKey(.paste(TaskLine.singleLine(text)))
            review.mode = .editing(field, editor)
        default:
            if editor.handleEditingKey(key) { review.mode = .editing(field, editor) }
        }
        return []
    }

    /// Enter in a field: what it asks the store to do. Dates, tags and repeats are read by
    /// the store with the tools' own rules, so a refusal says what the tools would say.
    private mutating func submit(_ field: TaskField, text raw: String, _ review: inout TaskReview) -> [Effect] {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if case .title = field, text.isEmpty {
            review.notice = "A title cannot be empty: type one, or press Esc to keep the old one."
            return []
        }
        if case .newTask = field, text.isEmpty {
            review.notice = "Type the task, or press Esc."
            return []
        }
        if field != .search { review.saving = TaskReview.SavedField(field: field, text: raw, detail: review.openDetail) }
        review.mode = review.openDetail.map { .detail($0) } ?? .browsing
        review.openDetail = nil
        switch field {
        case .title(let id): return [.renameTask(id, title: text)]
        case .newTask: return [.addTask(text)]
        case .tags(let id): return [.setTags(id, text)]
        case .due(let id): return [.setDue(id, text)]
        case .recurrence(let id): return [.setRecurrence(id, text)]
        case .description(let id): return [.setDescription(id, text)]
        case .search:
            reviewSettings.search = text.isEmpty ? nil : text
            return reloadReview(&review, countingLater: true)
        }
    }
}
