import Foundation
internal import GRDB

extension SQLiteTaskEditor {
    /// One page of the user's tasks matching `query`, with the number of all matches.
    public func list(_ query: TaskQuery) throws -> TaskPage {
        let filter = try TaskFilter(query, in: db)
        let count = try filtered(filter).fetchCount(db)
        let tasks = try tasks(pageRequest(filter))
        return TaskPage(tasks: tasks, count: count, truncated: count > query.offset + tasks.count)
    }

    /// Pending tasks overdue or due today, counted as ``Due/isOverdue(clock:)`` and
    /// ``Due/isDueToday(clock:)`` decide.
    public func reminderCounts() throws -> ReminderCounts {
        let now = clock.now
        let today = clock.today
        let endOfToday = today.adding(days: 1).startOfDay(in: clock.timeZone)
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT
                  COUNT(CASE WHEN (\(Self.allDay) AND due_at < :today)
                               OR (NOT \(Self.allDay) AND due_at < :now) THEN 1 END) AS overdue,
                  COUNT(CASE WHEN (\(Self.allDay) AND due_at = :today)
                               OR (NOT \(Self.allDay) AND due_at >= :now AND due_at < :endOfToday)
                             THEN 1 END) AS due_today
                FROM tasks
                WHERE user_id = :user AND deleted_at IS NULL AND completed = 0 AND due_at < :endOfToday
                """,
            arguments: ["today": today.utcMidnight, "now": now, "endOfToday": endOfToday, "user": user.rawValue])
        return ReminderCounts(overdue: row?["overdue"] ?? 0, dueToday: row?["due_today"] ?? 0)
    }

    /// The page itself: the matches in order, up to the limit. Each order has an index
    /// that yields rows already sorted, so a page of 50 reads about 50 rows, not every match.
    func pageRequest(_ filter: TaskFilter) throws -> QueryInterfaceRequest<TaskRecord> {
        let query = filter.query
        let page = try filtered(filter).order(sql: TaskSortKey(sort: query.sort).order())
        let offset = max(0, query.offset)
        guard let limit = query.limit else { return offset == 0 ? page : page.limit(-1, offset: offset) }
        return page.limit(max(0, limit), offset: offset)
    }

    /// The rows `request` reads, with their tags.
    func tasks(_ request: QueryInterfaceRequest<TaskRecord>) throws -> [TodoTask] {
        try withTags(request.fetchAll(db))
    }

    /// `records` as tasks, with their tags.
    func withTags(_ records: [TaskRecord]) throws -> [TodoTask] {
        let tags = try tagsByTask(records.compactMap(\.id))
        return records.map { $0.task(tags: $0.id.flatMap { tags[$0] } ?? []) }
    }

    /// The rows `filter` keeps, in no order yet.
    func filtered(_ filter: TaskFilter) throws -> QueryInterfaceRequest<TaskRecord> {
        let query = filter.query
        let search = filter.search
        // The index's matches are few (`SearchText.commonMatches` at most), so they are looked
        // up by id. Left a column to seek on, SQLite walks the listing index instead, testing
        // every entry against the set: 50–80 ms for a page of 11 matches among 100,000 tasks,
        // against 0.5 ms. A unary `+` keeps the user's columns off every index.
        let unindexed = search?.fromIndex == true ? "+" : ""
        var request = TaskRecord.filter(
            sql: "\(unindexed)tasks.user_id = ? AND \(unindexed)tasks.deleted_at IS NULL", arguments: [user.rawValue])
        switch query.status {
        case .all: break
        case .pending: request = request.filter(sql: "\(unindexed)tasks.completed = 0")
        case .completed: request = request.filter(sql: "\(unindexed)tasks.completed = 1")
        }
        if let priority = query.priority {
            request = request.filter(TaskRecord.Columns.priority == priority.rawValue)
        }
        if let tag = query.tag {
            request = request.filter(
                sql: "EXISTS (SELECT 1 FROM task_tags WHERE task_id = tasks.id AND tag = ?)",
                arguments: [try TaskTags.normalize(tag)])
        }
        if let search {
            request = request.filter(sql: search.sql, arguments: search.arguments)
        }
        if let day = query.dueBefore {
            let next = day.adding(days: 1)
            request = request.filter(
                sql: "due_at IS NOT NULL AND ((\(Self.allDay) AND due_at < ?) OR (NOT \(Self.allDay) AND due_at < ?))",
                arguments: [next.utcMidnight, next.startOfDay(in: clock.timeZone)])
        }
        return request
    }

    /// `due` holds exactly ten characters for an all-day date, whose `due_at` is
    /// midnight UTC rather than a real instant.
    private static let allDay = "length(due) = 10"

    /// Makes `%`, `_` and the escape character itself match literally.
    static func escapeLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" {
                escaped.append("\\")
            }
            escaped.append(character)
        }
        return escaped
    }

    /// Tags of many tasks, in chunks that stay under SQLite's limit on parameters.
    func tagsByTask(_ ids: [Int64]) throws -> [Int64: [String]] {
        var tags: [Int64: [String]] = [:]
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT task_id, tag FROM task_tags WHERE task_id IN (\(databaseQuestionMarks(count: chunk.count))) ORDER BY tag",
                arguments: StatementArguments(chunk))
            for row in rows {
                tags[row["task_id"], default: []].append(row["tag"])
            }
            start += 500
        }
        return tags
    }
}
