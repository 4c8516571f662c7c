import Foundation
internal import PostgresNIO

extension PostgresTaskEditor {
    /// Reverts the user's newest change not yet undone, as `SQLiteTaskEditor` does; nil
    /// when there is nothing left to undo.
    ///
    /// The journal row is locked (`FOR UPDATE`) so that two undos racing from two
    /// machines revert two changes, not the same one twice.
    func undoLastChange() throws -> UndoOutcome? {
        let newest = try transaction.rows("""
            SELECT id, task_id, action, before, after, related_task_id, created_at FROM task_changes
            WHERE owner = \(unescaped: PostgresSchema.sessionOwner) AND undone_at IS NULL ORDER BY id DESC LIMIT 1 FOR UPDATE
            """).first
        guard let newest else { return nil }
        let change = try JournalRow(newest, in: transaction)
        guard let action = TaskAction(rawValue: change.action) else { return nil }
        let now = clock.now
        return try transaction.atomically {
            try transaction.execute(
                "UPDATE task_changes SET undone_at = \(PostgresTaskRow.stored(now)) WHERE id = \(change.id)")
            let task: TodoTask
            if action == .add {
                task = try addedTask(change)
                try removeTask(change.taskID)
            } else {
                task = try restore(change, at: now)
            }
            if let occurrence = change.relatedTaskID {
                try removeTask(occurrence)
            }
            let title = try (change.after ?? change.before).map { try TaskState.fromJSON($0).title } ?? task.title
            return UndoOutcome(action: action, task: task, summary: "Undid: \(action.pastTense) #\(change.taskID) \(title)")
        }
    }

    /// Puts back the state saved before the change, deleted or not.
    private func restore(_ change: JournalRow, at now: Date) throws -> TodoTask {
        guard let json = change.before else { throw TaskStoreError.notFound(change.taskID) }
        let state = try TaskState.fromJSON(json)
        try write(change.taskID, state, at: now, visibleOnly: false)
        try replaceTags(of: change.taskID, with: state.tags)
        return try load(change.taskID, visibleOnly: false)
    }

    /// The task as it was added, from the journal.
    private func addedTask(_ change: JournalRow) throws -> TodoTask {
        guard let json = change.after else { throw TaskStoreError.notFound(change.taskID) }
        let state = try TaskState.fromJSON(json)
        return TodoTask(
            id: change.taskID, userID: user, title: state.title, description: state.description,
            completed: state.completed, priority: state.priority, tags: state.tags, due: state.due,
            recurrence: state.recurrence, createdAt: change.createdAt, updatedAt: change.createdAt,
            completedAt: state.completedAt, deletedAt: state.deletedAt)
    }

    private func removeTask(_ id: Int64) throws {
        try transaction.execute("DELETE FROM tasks WHERE id = \(id) AND owner = \(unescaped: PostgresSchema.sessionOwner)")
    }

    /// The columns of `task_changes` an undo reads.
    private struct JournalRow {
        let id: Int64
        let taskID: Int64
        let action: String
        let before: String?
        let after: String?
        let relatedTaskID: Int64?
        let createdAt: Date

        init(_ row: PostgresRow, in transaction: PostgresTransaction) throws {
            id = try transaction.decode(row, column: 0, as: Int64.self)
            taskID = try transaction.decode(row, column: 1, as: Int64.self)
            action = try transaction.decode(row, column: 2, as: String.self)
            before = try transaction.decode(row, column: 3, as: String?.self)
            after = try transaction.decode(row, column: 4, as: String?.self)
            relatedTaskID = try transaction.decode(row, column: 5, as: Int64?.self)
            createdAt = try transaction.decode(row, column: 6, as: Date.self)
        }
    }
}
