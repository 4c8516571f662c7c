import Foundation
internal import GRDB

/// ``TaskEditor``'s operations on SQLite, inside a transaction the caller opened.
///
/// Every change is journaled for undo with its source.
struct SQLiteTaskEditor: TaskEditing {
    let db: Database
    let user: UserID
    let clock: TaskClock
    let source: ChangeSource

    init(db: Database, user: UserID, clock: TaskClock, source: ChangeSource) {
        self.db = db
        self.user = user
        self.clock = clock
        self.source = source
    }

    /// Validates and stores a new pending task.
    public func add(_ draft: TaskDraft) throws -> TodoTask {
        try add(ImportedTask(draft))
    }

    /// Validates and stores a task as it was elsewhere: done or not, with its own creation
    /// and completion times. Journaled as an add, so undo takes it away again.
    public func add(_ imported: ImportedTask) throws -> TodoTask {
        let draft = imported.draft
        let tags = try TaskTags.normalize(draft.tags)
        let now = clock.now
        var record = TaskRecord(
            id: nil, userId: user.rawValue, title: try TaskValidation.title(draft.title),
            description: try TaskValidation.description(draft.description), completed: imported.completed,
            priority: draft.priority?.rawValue, due: draft.due?.normalized, dueAt: draft.due?.sortInstant,
            recurrence: try TaskValidation.recurrence(draft.recurrence)?.normalized,
            createdAt: imported.createdAt ?? now, updatedAt: now,
            completedAt: imported.completed ? imported.completedAt ?? now : nil, deletedAt: nil)
        return try atomically {
            try record.insert(db)
            let id = try insertedID(record)
            try replaceTags(of: id, with: tags)
            let task = try load(id)
            try journal(.add, task: id, before: nil, after: task, at: now)
            return task
        }
    }

    /// The user's task, unless it is deleted.
    public func task(id: Int64) throws -> TodoTask {
        try load(id)
    }

    /// Marks the task done; a recurring one also gets its next occurrence.
    ///
    /// The next due date counts from the task's due date, or from today when it has
    /// none. Completing a completed task changes nothing.
    public func complete(id: Int64) throws -> TaskCompletion {
        let before = try load(id)
        guard !before.completed else { return TaskCompletion(task: before, nextOccurrence: nil, wasAlreadyCompleted: true) }
        let now = clock.now
        return try atomically {
            try write(id, at: now) { record in
                record.completed = true
                record.completedAt = now
            }
            let next = try before.recurrence.map { recurrence in
                try insertOccurrence(of: before, due: recurrence.next(after: before.due ?? .day(clock.today)), at: now)
            }
            let task = try load(id)
            try journal(.complete, task: id, before: before, after: task, related: next?.id, at: now)
            return TaskCompletion(task: task, nextOccurrence: next)
        }
    }

    /// Marks a completed task pending again; a pending task is left as it is.
    public func reopen(id: Int64) throws -> TodoTask {
        let before = try load(id)
        guard before.completed else { return before }
        let now = clock.now
        return try atomically {
            try write(id, at: now) { record in
                record.completed = false
                record.completedAt = nil
            }
            let task = try load(id)
            try journal(.reopen, task: id, before: before, after: task, at: now)
            return task
        }
    }

    /// Applies `patch`, validating every field before writing any; a patch that
    /// changes nothing is not journaled.
    public func update(id: Int64, _ patch: TaskPatch) throws -> TodoTask {
        let before = try load(id)
        let now = clock.now
        let state = try TaskValidation.applying(patch, to: TaskState(before), now: now)
        guard state != TaskState(before) else { return before }
        return try atomically {
            try write(id, at: now) { $0.apply(state) }
            if state.tags != before.tags {
                try replaceTags(of: id, with: state.tags)
            }
            let task = try load(id)
            try journal(.update, task: id, before: before, after: task, at: now)
            return task
        }
    }

    /// Hides the task; the row stays so that undo can bring it back.
    public func delete(id: Int64) throws -> TodoTask {
        let before = try load(id)
        let now = clock.now
        return try atomically {
            let record = try write(id, at: now) { $0.deletedAt = now }
            let task = record.task(tags: before.tags)
            try journal(.delete, task: id, before: before, after: task, at: now)
            return task
        }
    }

    /// Runs `body` in a savepoint, so that an operation whose error a tool turns into
    /// a result leaves nothing half-written in the surrounding transaction.
    func atomically<T>(_ body: () throws -> T) throws -> T {
        var result: T?
        try db.inSavepoint {
            result = try body()
            return .commit
        }
        guard let result else { throw DatabaseError(message: "savepoint produced no result") }
        return result
    }

    /// Changes the user's visible task `id` and stamps `updated_at`.
    @discardableResult
    func write(_ id: Int64, at now: Date, _ change: (inout TaskRecord) -> Void) throws -> TaskRecord {
        var record = try TaskRecord.visible(id: id, user: user, in: db)
        change(&record)
        record.updatedAt = now
        try record.update(db)
        return record
    }

    func insertedID(_ record: TaskRecord) throws -> Int64 {
        guard let id = record.id else { throw DatabaseError(message: "task insert returned no id") }
        return id
    }

    /// The user's visible task with its tags.
    func load(_ id: Int64) throws -> TodoTask {
        try TaskRecord.visible(id: id, user: user, in: db).task(tags: tags(of: id))
    }

    func tags(of id: Int64) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT tag FROM task_tags WHERE task_id = ? ORDER BY tag", arguments: [id])
    }

    func replaceTags(of id: Int64, with tags: [String]) throws {
        try db.execute(sql: "DELETE FROM task_tags WHERE task_id = ?", arguments: [id])
        for tag in tags {
            try db.execute(sql: "INSERT INTO task_tags (task_id, tag) VALUES (?, ?)", arguments: [id, tag])
        }
    }

    private func insertOccurrence(of task: TodoTask, due: Due, at now: Date) throws -> TodoTask {
        var record = TaskRecord(
            id: nil, userId: user.rawValue, title: task.title, description: task.description,
            completed: false, priority: task.priority?.rawValue, due: due.normalized, dueAt: due.sortInstant,
            recurrence: task.recurrence?.normalized, createdAt: now, updatedAt: now,
            completedAt: nil, deletedAt: nil)
        try record.insert(db)
        let id = try insertedID(record)
        try replaceTags(of: id, with: task.tags)
        return try load(id)
    }

    private func journal(
        _ action: TaskAction, task id: Int64, before: TodoTask?, after: TodoTask?, related: Int64? = nil,
        at now: Date
    ) throws {
        var change = TaskChangeRecord(
            id: nil, userId: user.rawValue, taskId: id, action: action.rawValue,
            before: try before.map { try TaskState($0).json() }, after: try after.map { try TaskState($0).json() },
            relatedTaskId: related, source: source.rawValue, createdAt: now, undoneAt: nil)
        try change.insert(db)
    }
}
