import Foundation
internal import PostgresNIO

extension PostgresTaskEditor {
    /// One page of the user's tasks matching `query`, with the number of all matches.
    func list(_ query: TaskQuery) throws -> TaskPage {
        var count = PostgresStatement("SELECT count(*) FROM tasks WHERE ")
        let counted = try condition(query, in: &count)
        count.append(counted)
        let total = Int(try transaction.value(Int64.self, count.query))
        var page = PostgresStatement("SELECT \(PostgresTaskRow.columns) FROM tasks WHERE ")
        let listed = try condition(query, in: &page)
        page.append(listed)
        page.append(" ORDER BY " + Self.order(query.sort))
        if let limit = query.limit {
            page.append(" LIMIT " + page.bind(max(0, limit)))
        }
        if query.offset > 0 {
            page.append(" OFFSET " + page.bind(query.offset))
        }
        let tasks = try tasks(page.query)
        return TaskPage(tasks: tasks, count: total, truncated: total > query.offset + tasks.count)
    }

    /// Pending tasks overdue or due today, as `SQLiteTaskEditor` counts them, read from the
    /// start of the due sort's index up to the end of today.
    func reminderCounts() throws -> ReminderCounts {
        let now = PostgresTaskRow.stored(clock.now)
        let today = clock.today
        let endOfToday = today.adding(days: 1).startOfDay(in: clock.timeZone)
        let row = try transaction.rows("""
            SELECT
              count(*) FILTER (WHERE (length(due) = 10 AND due_at < \(today.utcMidnight))
                                  OR (length(due) <> 10 AND due_at < \(now))),
              count(*) FILTER (WHERE (length(due) = 10 AND due_at = \(today.utcMidnight))
                                  OR (length(due) <> 10 AND due_at >= \(now) AND due_at < \(endOfToday)))
            FROM tasks
            WHERE \(unescaped: PostgresSchema.ownRows) AND deleted_at IS NULL AND NOT completed
              AND due_key < \(endOfToday)
            """).first
        guard let row else { return ReminderCounts(overdue: 0, dueToday: 0) }
        return ReminderCounts(
            overdue: Int(try transaction.decode(row, column: 0, as: Int64.self)),
            dueToday: Int(try transaction.decode(row, column: 1, as: Int64.self)))
    }

    /// The rows `query` reads (it selects ``PostgresTaskRow/columns``), with their tags.
    func tasks(_ query: PostgresQuery) throws -> [TodoTask] {
        let rows = try transaction.rows(query)
        let ids = try rows.map { try transaction.decode($0, column: 0, as: Int64.self) }
        let tags = try tags(of: ids)
        return try zip(rows, ids).map { row, id in try PostgresTaskRow.task(row, tags: tags[id] ?? []) }
    }

    /// The WHERE clause of `query`: the user's visible tasks and each filter it sets, with
    /// the same meaning as on SQLite (`SQLiteTaskEditor.filtered`).
    func condition(_ query: TaskQuery, in statement: inout PostgresStatement) throws -> String {
        var terms = [PostgresSchema.ownRows, "deleted_at IS NULL"]
        switch query.status {
        case .all: break
        case .pending: terms.append("NOT completed")
        case .completed: terms.append("completed")
        }
        if let priority = query.priority {
            terms.append("priority = " + statement.bind(priority.rawValue))
        }
        if let tag = query.tag {
            let normalized = try TaskTags.normalize(tag)
            terms.append("EXISTS (SELECT 1 FROM task_tags WHERE task_id = tasks.id AND tag = \(statement.bind(normalized)))")
        }
        if let search = query.search.flatMap(SearchText.init) {
            let pattern = statement.bind("%" + TaskEditor.escapeLike(search.text) + "%")
            terms.append("(title ILIKE \(pattern) ESCAPE '\\' OR description ILIKE \(pattern) ESCAPE '\\')")
        }
        if let day = query.dueBefore {
            let next = day.adding(days: 1)
            let allDayEnd = statement.bind(next.utcMidnight)
            let instantEnd = statement.bind(next.startOfDay(in: clock.timeZone))
            terms.append("""
                due_at IS NOT NULL AND ((length(due) = 10 AND due_at < \(allDayEnd)) \
                OR (length(due) <> 10 AND due_at < \(instantEnd)))
                """)
        }
        return terms.joined(separator: " AND ")
    }

    /// `TaskSortKey`'s orders, on the expressions `PostgresSchema`'s indexes hold.
    static func order(_ sort: TaskSort) -> String {
        switch sort {
        case .created: "id"
        case .due: "due_key, id"
        case .priority: "priority_key, id"
        case .title: "title_key, id"
        }
    }

    /// The journal's record of task `id`, newest first, down the `task_changes_on_task_id`
    /// index, worded as on SQLite.
    func history(of id: Int64, limit: Int) throws -> [TaskHistoryEntry] {
        let rows = try transaction.rows("""
            SELECT action, source, created_at, undone_at IS NOT NULL, before, after FROM task_changes
            WHERE owner = \(unescaped: PostgresSchema.sessionOwner) AND task_id = \(id) ORDER BY id DESC LIMIT \(max(0, limit))
            """)
        return try rows.compactMap { row in
            guard let action = TaskAction(rawValue: try transaction.decode(row, column: 0, as: String.self)),
                let source = ChangeSource(rawValue: try transaction.decode(row, column: 1, as: String.self))
            else { return nil }
            let before = try transaction.decode(row, column: 4, as: String?.self).map(TaskState.fromJSON)
            let after = try transaction.decode(row, column: 5, as: String?.self).map(TaskState.fromJSON)
            return TaskHistoryEntry(
                action: action, source: source, at: try transaction.decode(row, column: 2, as: Date.self),
                undone: try transaction.decode(row, column: 3, as: Bool.self),
                fields: SQLiteTaskEditor.differences(before, after))
        }
    }
}
