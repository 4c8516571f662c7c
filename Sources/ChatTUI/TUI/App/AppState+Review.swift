import AgentCore
import Persistence

/// Keys on the task review screen, found in `ReviewKeymap`.
extension AppState {
    mutating func handleReviewKey(_ key: Key, _ review: inout TaskReview) -> [Effect] {
        review.saving = nil
        switch review.mode {
        case .browsing:
            review.notice = nil
            guard let action = ReviewKeymap.action(for: key) else { return [] }
            return perform(action, &review)
        case .editing(let field, var editor):
            return handleFieldKey(key, field: field, editor: &editor, &review)
        case .detail(let detail):
            review.notice = nil
            switch DetailKeymap.action(for: key) {
            case .editDescription:
                guard let task = detail?.task else { return [] }
                review.openDetail = detail
                review.mode = .editing(.description(task.id), InputEditor(text: task.description ?? ""))
            case .help:
                review.openDetail = detail
                review.mode = .help(offset: 0)
            case .close:
                review.mode = .browsing
            case .scrollDown: scrollDetail(detail, by: 1, &review)
            case .scrollUp: scrollDetail(detail, by: -1, &review)
            case .pageDown: scrollDetail(detail, by: max(1, reviewListHeight - 1), &review)
            case .pageUp: scrollDetail(detail, by: -max(1, reviewListHeight - 1), &review)
            case .top: scrollDetail(detail, to: 0, &review)
            case .bottom: scrollDetail(detail, to: .max, &review)
            case nil:
                break
            }
            return []
        case .help(let offset):
            return scrollReviewHelp(key, offset: offset, &review)
        }
    }

    /// Opens with the filter, sort and text filter it had when it was last closed, painting
    /// the first rows before they are counted: counting 100,000 tasks is most of a first
    /// paint (30–50 ms under load), and the header says "(counting…)" until it arrives.
    mutating func openReview() -> [Effect] {
        var review = TaskReview()
        let effects = reloadReview(&review, countingLater: true)
        screen = .review(review)
        return effects
    }

    private mutating func perform(_ action: ReviewAction, _ review: inout TaskReview) -> [Effect] {
        let task = review.selectedTask
        if review.pending != nil, action.movesTheCursor { review.movedWhilePending = true }
        switch action {
        case .move(let move) where review.isLoading: review.movesBeforeLoading.append(move)
        case .move(let move): review.selection.move(move, page: reviewListHeight)
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
            review.detailOffset = 0
            return [.loadTaskDetail(task.id)]
        case .filter:
            reviewSettings.filter = Self.filter(after: reviewSettings.filter)
            return reloadReview(&review)
        case .sort:
            // The same tasks in another order: only the cursor's place needs counting.
            let total = settledTotal(of: review)
            reviewSettings.sort = Self.sort(after: reviewSettings.sort)
            return reloadReview(&review, total: total)
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

    /// Scrolls the detail pane, no further than its last row at the bottom of the screen.
    private func scrollDetail(_ detail: TaskDetail?, by rows: Int, _ review: inout TaskReview) {
        scrollDetail(detail, to: review.detailOffset + rows, &review)
    }

    /// `offset` kept between the top and the last screenful.
    private func scrollDetail(_ detail: TaskDetail?, to offset: Int, _ review: inout TaskReview) {
        guard let detail else { return }
        let width = size.cols - 2
        let count = TaskDetailView.text(
            for: detail, fieldRows: nil, clock: TaskClock.fixed(now, timeZone: timeZone), width: width).lines.count
        review.detailOffset = min(max(0, offset), max(0, count - reviewListHeight))
    }

    /// The `?` overlay scrolls with the list keys; any other key closes it.
    private func scrollReviewHelp(_ key: Key, offset: Int, _ review: inout TaskReview) -> [Effect] {
        let lineCount = ReviewHelpLayout.lines(width: size.cols - 1).count
        let height = TaskReviewLayout.listHeight(size)
        if let next = HelpScroll.offset(after: key, from: offset, height: height, lineCount: lineCount) {
            review.mode = .help(offset: next)
        } else {
            // Back where `?` was pressed: the list, or the task's detail pane.
            review.mode = review.openDetail.map { .detail($0) } ?? .browsing
            review.openDetail = nil
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
