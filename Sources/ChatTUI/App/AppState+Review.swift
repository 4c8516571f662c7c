import AgentCore
import Persistence

/// Keys on the task review screen, found in `ReviewKeymap`.
extension AppState {
    mutating func handleReviewKey(_ key: Key, _ review: inout TaskReview) -> [Effect] {
        switch review.mode {
        case .browsing:
            review.notice = nil
            guard let action = ReviewKeymap.action(for: key) else { return [] }
            return perform(action, &review)
        case .editing(let field, var editor):
            return handleFieldKey(key, field: field, editor: &editor, &review)
        case .detail(let detail):
            switch DetailKeymap.action(for: key) {
            case .editDescription:
                guard let task = detail?.task else { return [] }
                review.openDetail = detail
                review.mode = .editing(.description(task.id), InputEditor(text: task.description ?? ""))
            case .close:
                review.mode = .browsing
            case nil:
                break
            }
            return []
        case .help(let offset):
            return scrollReviewHelp(key, offset: offset, &review)
        }
    }

    /// Opens with the filter, sort and text filter it had when it was last closed.
    mutating func openReview() -> [Effect] {
        var review = TaskReview()
        let effects = reloadReview(&review)
        screen = .review(review)
        return effects
    }

    private mutating func perform(_ action: ReviewAction, _ review: inout TaskReview) -> [Effect] {
        let task = review.selectedTask
        switch action {
        case .next: review.selection.next()
        case .previous: review.selection.previous()
        case .first: review.selection.first()
        case .last: review.selection.last()
        case .pageDown: review.selection.pageDown(reviewListHeight)
        case .pageUp: review.selection.pageUp(reviewListHeight)
        case .toggleDone:
            return task.map { [$0.completed ? .reopenTask($0.id) : .completeTask($0.id)] } ?? []
        case .delete:
            return task.map { [.deleteTask($0.id)] } ?? []
        case .undo:
            return [.undo]
        case .priority:
            return task.map { [.setPriority($0.id, Self.priority(after: $0.priority))] } ?? []
        case .details:
            guard let task else { return [] }
            review.mode = .detail(nil)
            return [.loadTaskDetail(task.id)]
        case .filter:
            reviewSettings.filter = Self.filter(after: reviewSettings.filter)
            return reloadReview(&review)
        case .sort:
            reviewSettings.sort = Self.sort(after: reviewSettings.sort)
            return reloadReview(&review)
        case .help:
            review.mode = .help(offset: 0)
        case .back:
            screen = .chat
            return [.loadReminders]
        case .search, .add, .editTitle, .tags, .due, .recurrence:
            openField(for: action, task: task, &review)
        }
        return fetchAroundCursor(&review)
    }

    /// The field a key opens, filled with what it edits.
    private func openField(for action: ReviewAction, task: TodoTask?, _ review: inout TaskReview) {
        let opened: (TaskField, String)?
        switch action {
        case .search: opened = (.search, reviewSettings.search ?? "")
        case .add: opened = (.newTask, "")
        case .editTitle: opened = task.map { (.title($0.id), TaskLine.singleLine($0.title)) }
        case .tags: opened = task.map { (.tags($0.id), $0.tags.map { "#" + $0 }.joined(separator: " ")) }
        case .due: opened = task.map { (.due($0.id), $0.due?.normalized ?? "") }
        case .recurrence: opened = task.map { (.recurrence($0.id), $0.recurrence?.normalized ?? "") }
        default: opened = nil
        }
        if let (field, text) = opened { review.mode = .editing(field, InputEditor(text: text)) }
    }

    private mutating func handleFieldKey(
        _ key: Key, field: TaskField, editor: inout InputEditor, _ review: inout TaskReview
    ) -> [Effect] {
        switch key {
        case .enter:
            return submit(field, text: editor.text, &review)
        case .escape:
            review.mode = review.openDetail.map { .detail($0) } ?? .browsing
            review.openDetail = nil
        case .altEnter where field.isMultiline:
            editor.insert("\n")
            review.mode = .editing(field, editor)
        case .paste(let text) where !field.isMultiline:
            editor.paste(TaskLine.singleLine(text))
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
            return reloadReview(&review)
        }
    }

    /// The `?` overlay scrolls with the list keys; any other key closes it.
    private func scrollReviewHelp(_ key: Key, offset: Int, _ review: inout TaskReview) -> [Effect] {
        let height = TaskReviewLayout.listHeight(size)
        let last = max(0, ReviewHelpLayout.lines(width: size.cols - 1).count - height)
        switch ReviewKeymap.action(for: key) {
        case .next: review.mode = .help(offset: min(offset + 1, last))
        case .previous: review.mode = .help(offset: max(offset - 1, 0))
        case .pageDown: review.mode = .help(offset: min(offset + height, last))
        case .pageUp: review.mode = .help(offset: max(offset - height, 0))
        default: review.mode = .browsing
        }
        return []
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

    /// created → due → priority → title → created.
    static func sort(after sort: TaskSort) -> TaskSort {
        let all = TaskSort.allCases
        let next = (all.firstIndex(of: sort) ?? 0) + 1
        return all[next % all.count]
    }
}
