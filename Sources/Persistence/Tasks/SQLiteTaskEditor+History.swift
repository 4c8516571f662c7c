internal import GRDB

extension SQLiteTaskEditor {
    /// The journal's record of task `id`, newest first, at most `limit` changes.
    ///
    /// Reads the `task_changes_on_task_id` index, so a task's history costs the same however
    /// long the journal of every task has grown.
    public func history(of id: Int64, limit: Int) throws -> [TaskHistoryEntry] {
        let records = try TaskChangeRecord
            .filter(Column("task_id") == id && Column("user_id") == user.rawValue)
            .order(Column("id").desc)
            .limit(max(0, limit))
            .fetchAll(db)
        return try records.compactMap { record in
            guard let action = TaskAction(rawValue: record.action),
                  let source = ChangeSource(rawValue: record.source)
            else { return nil }
            let before = try record.before.map(TaskState.fromJSON)
            let after = try record.after.map(TaskState.fromJSON)
            return TaskHistoryEntry(
                action: action, source: source, at: record.createdAt, undone: record.undoneAt != nil,
                fields: Self.differences(before, after))
        }
    }

    /// The fields an update changed, each as "name: old → new"; nothing for other actions,
    /// whose name says it all. The PostgreSQL editor words its history with it too.
    static func differences(_ before: TaskState?, _ after: TaskState?) -> [String] {
        guard let before, let after else { return [] }
        let pairs: [(String, String, String)] = [
            ("title", before.title, after.title),
            ("description", before.description ?? "none", after.description ?? "none"),
            ("priority", before.priority?.rawValue ?? "none", after.priority?.rawValue ?? "none"),
            ("tags", tagText(before.tags), tagText(after.tags)),
            ("due", before.due?.normalized ?? "none", after.due?.normalized ?? "none"),
            ("recurrence", before.recurrence?.normalized ?? "none", after.recurrence?.normalized ?? "none"),
        ]
        return pairs.filter { $0.1 != $0.2 }.map { "\($0.0): \($0.1) → \($0.2)" }
    }

    private static func tagText(_ tags: [String]) -> String {
        tags.isEmpty ? "none" : tags.map { "#" + $0 }.joined(separator: " ")
    }
}
