import Foundation
internal import GRDB

extension SQLiteTaskEditor {
    /// Reverts the user's newest change not yet undone, whichever front end made it;
    /// returns nil when there is nothing left to undo.
    ///
    /// Changes are undone newest first, so the task is in the state the change left it
    /// in. An undone add removes the task; an undone recurring completion also removes
    /// the occurrence it created. Undo is not itself journaled: calling it again
    /// reverts the change before, also after a restart.
    public func undoLastChange() throws -> UndoOutcome? {
        guard var change = try TaskChangeRecord.newestUndoable(user: user, in: db),
              let action = TaskAction(rawValue: change.action)
        else { return nil }
        let now = clock.now
        return try atomically {
            change.undoneAt = now
            try change.update(db)
            let task: TodoTask
            if action == .add {
                task = try addedTask(change)
                try removeTask(change.taskId)
            } else {
                task = try restore(change, at: now)
            }
            if let occurrence = change.relatedTaskId {
                try removeTask(occurrence)
            }
            let summary = "Undid: \(action.pastTense) #\(change.taskId) \(try title(of: change) ?? task.title)"
            return UndoOutcome(action: action, task: task, summary: summary)
        }
    }

    /// Puts back the state saved before the change.
    private func restore(_ change: TaskChangeRecord, at now: Date) throws -> TodoTask {
        guard let json = change.before,
              var record = try TaskRecord
                .filter(TaskRecord.Columns.id == change.taskId && TaskRecord.Columns.userID == user.rawValue)
                .fetchOne(db)
        else { throw TaskStoreError.notFound(change.taskId) }
        let state = try TaskState.fromJSON(json)
        record.apply(state)
        record.updatedAt = now
        try record.update(db)
        try replaceTags(of: change.taskId, with: state.tags)
        return record.task(tags: state.tags)
    }

    /// The task as it was added, from the journal.
    private func addedTask(_ change: TaskChangeRecord) throws -> TodoTask {
        guard let json = change.after else { throw TaskStoreError.notFound(change.taskId) }
        let state = try TaskState.fromJSON(json)
        return TodoTask(
            id: change.taskId, userID: user, title: state.title, description: state.description,
            completed: state.completed, priority: state.priority, tags: state.tags, due: state.due,
            recurrence: state.recurrence, createdAt: change.createdAt, updatedAt: change.createdAt,
            completedAt: state.completedAt, deletedAt: state.deletedAt)
    }

    /// The title the person saw when making the change.
    private func title(of change: TaskChangeRecord) throws -> String? {
        guard let json = change.after ?? change.before else { return nil }
        return try TaskState.fromJSON(json).title
    }

    private func removeTask(_ id: Int64) throws {
        try db.execute(sql: "DELETE FROM tasks WHERE id = ? AND user_id = ?", arguments: [id, user.rawValue])
    }
}
