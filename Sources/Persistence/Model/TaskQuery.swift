/// Which of the user's tasks to list and in what order. Deleted tasks never match.
public struct TaskQuery: Hashable, Sendable {
    public var status: TaskStatusFilter
    public var priority: Priority?
    public var tag: String?
    /// Case-insensitive substring of the title or the description, taken literally.
    public var search: String?
    /// Tasks due on or before this local date (all of that day counts).
    public var dueBefore: LocalDate?
    public var sort: TaskSort
    /// nil lists every match; `TaskPage.count` is the number of all matches either way.
    public var limit: Int?
    /// Matches skipped before the page starts, so a client told `truncated` can read on.
    public var offset: Int

    public init(
        status: TaskStatusFilter = .all, priority: Priority? = nil, tag: String? = nil,
        search: String? = nil, dueBefore: LocalDate? = nil, sort: TaskSort = .created, limit: Int? = nil,
        offset: Int = 0
    ) {
        self.status = status
        self.priority = priority
        self.tag = tag
        self.search = search
        self.dueBefore = dueBefore
        self.sort = sort
        self.limit = limit
        self.offset = offset
    }
}

public enum TaskStatusFilter: String, Sendable, CaseIterable {
    case all, pending, completed
}

/// Every order breaks ties by id, so pages are stable.
public enum TaskSort: String, Sendable, CaseIterable {
    /// Oldest first.
    case created
    /// Soonest first, undated last.
    case due
    /// High, medium, low, then none.
    case priority
    /// Case-insensitive.
    case title
}

/// One page of a listing.
public struct TaskPage: Hashable, Sendable {
    public var tasks: [TodoTask]
    /// How many tasks matched, beyond the limit too.
    public var count: Int
    /// True when `count` exceeds the tasks returned.
    public var truncated: Bool

    public init(tasks: [TodoTask], count: Int, truncated: Bool) {
        self.tasks = tasks
        self.count = count
        self.truncated = truncated
    }
}
