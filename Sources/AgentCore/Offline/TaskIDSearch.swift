/// Finds tasks named by id in a list of any length, 200 at a time.
///
/// The tools have no single-task read, and `list_tasks` pages by `offset`. Ids grow as tasks
/// are created, so in the list's oldest-first order a task's place is close to its id less the
/// ids before it that were deleted: each page read says where to look next, and a database of
/// 100,000 tasks is searched in two or three pages. When that guess fails (tasks imported with
/// older dates), the search gives up after a few pages, and the engine says so.
struct TaskIDSearch {
    /// One page that was read: where it started and the tasks on it, oldest first.
    struct Page {
        var offset: Int
        var tasks: [TaskSummary]
        var count: Int
    }

    enum Next: Equatable {
        /// Every id was found.
        case found
        /// Read the page that starts here.
        case read(offset: Int)
        /// This id is not among the user's tasks: the pages read leave no place for it.
        case missing(Int)
        /// This id was not on the pages read, and the search stopped looking.
        case unreached(Int)
    }

    var taskIDs: [Int]
    var pageSize = TargetLookup.fullListLimit
    var maximumPages = 5

    func next(after pages: [Page]) -> Next {
        let seen = Set(pages.flatMap { $0.tasks.map(\.taskID) })
        guard let wanted = taskIDs.first(where: { !seen.contains($0) }) else { return .found }
        guard let last = pages.last else { return .read(offset: 0) }
        guard let offset = offset(for: wanted, after: last) else { return .missing(wanted) }
        guard pages.count < maximumPages, !pages.contains(where: { $0.offset == offset }) else { return .unreached(wanted) }
        return .read(offset: offset)
    }

    /// Where `taskID` would start a page, judged from `page`; nil when it cannot be there.
    private func offset(for taskID: Int, after page: Page) -> Int? {
        guard let first = page.tasks.first?.taskID, let last = page.tasks.last?.taskID else {
            return page.offset > 0 && page.count > 0 ? max(0, page.count - pageSize) : nil
        }
        if taskID > last {
            let end = page.offset + page.tasks.count
            guard end < page.count else { return nil }
            // With no deletions the task sits at `place`; deletions only move it earlier.
            let place = end + (taskID - last) - 1
            return max(end, min(place - (pageSize - 1), page.count - pageSize))
        }
        if taskID < first {
            guard page.offset > 0 else { return nil }
            // Deletions between it and `first` only move it later than this.
            return max(0, page.offset - (first - taskID))
        }
        return nil
    }
}
