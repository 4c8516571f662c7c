import Persistence

/// The review's windows: what to read when the cursor nears the edge of what is loaded,
/// after a change, and when a window arrives.
extension AppState {
    var reviewListHeight: Int { TaskReviewLayout.listHeight(size) }

    /// Reads the list again around `task` (the cursor's task when nil), keeping the cursor on
    /// it, or on the row that took its place. `total` is the number of matches when the
    /// caller knows the list did not change, only its order. With `countingLater` (a new text
    /// filter, whose count may scan every task) the rows are shown first and counted after.
    mutating func reloadReview(
        _ review: inout TaskReview, around task: TodoTask? = nil, total: Int? = nil, countingLater: Bool = false
    ) -> [Effect] {
        let reach = TaskWindowRequest.reach(height: reviewListHeight)
        let anchor = (task ?? review.selectedTask).map { WindowAnchor.item($0) } ?? .first
        let request = TaskWindowRequest(
            query: reviewSettings.query, anchor: anchor, before: reach, after: reach, keepsSelection: true,
            known: nil, total: total)
        review.pending = request
        review.movedWhilePending = false
        review.counting = nil
        return [countingLater ? .loadTaskRows(request) : .loadTaskWindow(request)]
    }

    /// After the cursor moved: asks for the next window once the rows shown, or a screen
    /// either side of them, are not all loaded, so scrolling rarely waits for the disk.
    mutating func fetchAroundCursor(_ review: inout TaskReview) -> [Effect] {
        let height = reviewListHeight
        review.selection.scroll(height: height)
        guard review.pending == nil, review.counting == nil else { return [] }
        guard let plan = WindowPlan(window: review.window, selection: review.selection, height: height) else {
            return []
        }
        let reach = TaskWindowRequest.reach(height: height)
        let request = TaskWindowRequest(
            query: reviewSettings.query, anchor: plan.anchor, before: reach * 2, after: reach * 2,
            keepsSelection: false, known: plan.known)
        review.pending = request
        return [.loadTaskWindow(request)]
    }

    /// The number of matches of the window held, while nothing has changed since it was read:
    /// no reload is on its way (a page fetched while scrolling changes nothing).
    func settledTotal(of review: TaskReview) -> Int? {
        guard !review.isLoading, review.counting == nil, review.pending.map({ $0.known != nil }) ?? true else {
            return nil
        }
        return review.window.total
    }

    mutating func taskWindowLoaded(_ request: TaskWindowRequest, _ window: ListWindow<TodoTask>) -> [Effect] {
        guard case .review(var review) = screen, review.pending == request else { return [] }
        let effects = show(window, for: request, &review)
        screen = .review(review)
        return effects
    }

    /// A new text filter's rows: shown at once, and counted by `.countTasks` unless they hold
    /// every match. Until the count arrives the anchor is placed where the cursor was (or
    /// exactly, when the rows reach the start), so the cursor and the view do not jump.
    mutating func taskRowsLoaded(_ request: TaskWindowRequest, _ rows: UncountedWindow<TodoTask>) -> [Effect] {
        guard case .review(var review) = screen, review.pending == request else { return [] }
        var effects: [Effect] = []
        if rows.position == nil {
            let count = TaskCountRequest(query: request.query, anchor: request.anchor)
            review.counting = count
            effects.append(.countTasks(count))
        }
        let anchorIndex = rows.reachesStart ? rows.anchorOffset : max(rows.anchorOffset, review.selection.index)
        let provisional = ListPosition(total: anchorIndex - rows.anchorOffset + rows.items.count, anchorIndex: anchorIndex)
        effects = show(rows.placed(at: rows.position ?? provisional), for: request, &review) + effects
        screen = .review(review)
        return effects
    }

    /// The count behind the rows shown: every position held moves by where the first row
    /// really is, so the cursor stays on the row it is on, wherever the keys moved it meanwhile.
    mutating func tasksCounted(_ request: TaskCountRequest, _ position: ListPosition) -> [Effect] {
        guard case .review(var review) = screen, review.counting == request else { return [] }
        review.counting = nil
        let shift = position.anchorIndex - review.window.anchorIndex
        review.window.offset += shift
        review.window.total = position.total
        review.window.anchorIndex = position.anchorIndex
        review.selection.place(shiftedBy: shift, count: position.total)
        let effects = fetchAroundCursor(&review)
        screen = .review(review)
        return effects
    }

    private mutating func show(_ window: ListWindow<TodoTask>, for request: TaskWindowRequest, _ review: inout TaskReview) -> [Effect] {
        review.pending = nil
        review.window = window
        review.isLoading = false
        if request.keepsSelection, !review.movedWhilePending {
            let id: Int64? = if case .item(let task) = request.anchor { task.id } else { nil }
            review.selection.keep(id, in: window)
        } else {
            review.selection.resize(to: window.total)
        }
        for move in review.movesBeforeLoading { review.selection.move(move, page: reviewListHeight) }
        review.movesBeforeLoading = []
        return fetchAroundCursor(&review)
    }
}

/// The answers to the review's `a` and `Enter`.
extension AppState {
    /// The cursor goes to the new task when the filter lists it, else to where it would be.
    mutating func taskAdded(_ task: TodoTask, summary: String) -> [Effect] {
        guard case .review(var review) = screen else {
            flash = summary
            return [.loadReminders]
        }
        review.notice = summary
        let effects = reloadReview(&review, around: task)
        screen = .review(review)
        return effects + [.loadReminders]
    }

    mutating func taskDetailLoaded(_ detail: TaskDetail) -> [Effect] {
        guard case .review(var review) = screen else { return [] }
        switch review.mode {
        case .detail(let shown) where shown == nil || shown?.task.id == detail.task.id:
            review.mode = .detail(detail)
        case .editing(.description(let id), _) where id == detail.task.id:
            review.openDetail = detail
        default:
            return []
        }
        screen = .review(review)
        return []
    }
}
