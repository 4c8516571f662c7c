import Foundation
internal import PostgresNIO

/// The statements behind the operations: rows, tags, occurrences and the journal.
extension PostgresTaskEditor {
    /// Writes every editable field of `state` to the user's task `id` and stamps
    /// `updated_at`; `visibleOnly` leaves deleted rows alone (undo restores them).
    func write(_ id: Int64, _ state: TaskState, at now: Date, visibleOnly: Bool = true) throws {
        var update = PostgresStatement("UPDATE tasks SET ")
        let assignments = [
            "title = " + update.bind(state.title), "description = " + update.bind(state.description),
            "completed = " + update.bind(state.completed), "priority = " + update.bind(state.priority?.rawValue),
            "due = " + update.bind(state.due?.normalized),
            "due_at = " + update.bind(PostgresTaskRow.stored(state.due?.sortInstant)),
            "recurrence = " + update.bind(state.recurrence?.normalized),
            "completed_at = " + update.bind(PostgresTaskRow.stored(state.completedAt)),
            "deleted_at = " + update.bind(PostgresTaskRow.stored(state.deletedAt)),
            "updated_at = " + update.bind(PostgresTaskRow.stored(now)),
        ]
        update.append(assignments.joined(separator: ", "))
        update.append(" WHERE id = \(update.bind(id)) AND owner = \(PostgresSchema.sessionOwner)")
        update.append(visibleOnly ? " AND deleted_at IS NULL RETURNING id" : " RETURNING id")
        guard !(try transaction.rows(update.query)).isEmpty else { throw TaskStoreError.notFound(id) }
    }

    /// The user's visible task with its tags.
    func load(_ id: Int64) throws -> TodoTask {
        try load(id, visibleOnly: true)
    }

    func load(_ id: Int64, visibleOnly: Bool) throws -> TodoTask {
        let hidden = visibleOnly ? " AND deleted_at IS NULL" : ""
        let query: PostgresQuery = """
            SELECT \(unescaped: PostgresTaskRow.columns) FROM tasks
            WHERE id = \(id) AND owner = \(unescaped: PostgresSchema.sessionOwner)\(unescaped: hidden)
            """
        guard let row = try transaction.rows(query).first else { throw TaskStoreError.notFound(id) }
        return try PostgresTaskRow.task(row, tags: tags(of: [id])[id] ?? [])
    }

    /// Tags of many tasks in one statement, each list sorted.
    func tags(of ids: [Int64]) throws -> [Int64: [String]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try transaction.rows("SELECT task_id, tag FROM task_tags WHERE task_id = ANY(\(ids)) ORDER BY tag")
        var tags: [Int64: [String]] = [:]
        for row in rows {
            tags[try transaction.decode(row, column: 0, as: Int64.self), default: []]
                .append(try transaction.decode(row, column: 1, as: String.self))
        }
        return tags
    }

    func replaceTags(of id: Int64, with tags: [String]) throws {
        try transaction.execute("""
            DELETE FROM task_tags WHERE task_id = \(id) AND owner = \(unescaped: PostgresSchema.sessionOwner)
            """)
        try insertTags(of: id, tags)
    }

    /// The tags of a task that has none yet, in one statement however many there are.
    func insertTags(of id: Int64, _ tags: [String]) throws {
        guard !tags.isEmpty else { return }
        try transaction.execute("INSERT INTO task_tags (task_id, tag) SELECT \(id), unnest(\(tags)::text[])")
    }

    func insertOccurrence(of task: TodoTask, due: Due, at now: Date) throws -> TodoTask {
        let stamp = PostgresTaskRow.stored(now)
        let id = try transaction.value(Int64.self, """
            INSERT INTO tasks (title, description, priority, due, due_at, recurrence, created_at, updated_at)
            VALUES (\(task.title), \(task.description), \(task.priority?.rawValue), \(due.normalized),
                    \(PostgresTaskRow.stored(due.sortInstant)), \(task.recurrence?.normalized), \(stamp), \(stamp))
            RETURNING id
            """)
        try insertTags(of: id, task.tags)
        return try load(id)
    }

    func journal(
        _ action: TaskAction, task id: Int64, before: TodoTask?, after: TodoTask?, related: Int64? = nil, at now: Date
    ) throws {
        let beforeJSON = try before.map { try TaskState($0).json() }
        let afterJSON = try after.map { try TaskState($0).json() }
        try transaction.execute("""
            INSERT INTO task_changes (task_id, action, before, after, related_task_id, source, created_at)
            VALUES (\(id), \(action.rawValue), \(beforeJSON), \(afterJSON), \(related), \(source.rawValue),
                    \(PostgresTaskRow.stored(now)))
            """)
    }
}
