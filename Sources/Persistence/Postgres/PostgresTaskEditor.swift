import Foundation
internal import PostgresNIO

/// ``TaskEditor``'s operations on PostgreSQL, inside a transaction the caller opened.
///
/// The same rules as `SQLiteTaskEditor` (validation, journal, recurrence) in the same
/// order, so both backends answer alike. Whose tasks these are is the server's answer:
/// rows are written with `owner` defaulting to `session_user`, and every statement also
/// names `owner = session_user`, beside the row-level security that enforces it, so a
/// superuser (whom row-level security does not bind) still sees only their own tasks.
struct PostgresTaskEditor: TaskEditing {
    let transaction: PostgresTransaction
    let user: UserID
    let clock: TaskClock
    let source: ChangeSource

    func add(_ draft: TaskDraft) throws -> TodoTask {
        try add(ImportedTask(draft))
    }

    func add(_ imported: ImportedTask) throws -> TodoTask {
        let draft = imported.draft
        let tags = try TaskTags.normalize(draft.tags)
        let now = clock.now
        let title = try TaskValidation.title(draft.title)
        let description = try TaskValidation.description(draft.description)
        let recurrence = try TaskValidation.recurrence(draft.recurrence)?.normalized
        return try transaction.atomically {
            var insert = PostgresStatement("INSERT INTO tasks (title, description, completed, priority, due, due_at, ")
            insert.append("recurrence, created_at, updated_at, completed_at) VALUES (")
            let values = [
                insert.bind(title), insert.bind(description), insert.bind(imported.completed),
                insert.bind(draft.priority?.rawValue), insert.bind(draft.due?.normalized),
                insert.bind(PostgresTaskRow.stored(draft.due?.sortInstant)), insert.bind(recurrence),
                insert.bind(PostgresTaskRow.stored(imported.createdAt ?? now)), insert.bind(PostgresTaskRow.stored(now)),
                insert.bind(PostgresTaskRow.stored(imported.completed ? imported.completedAt ?? now : nil)),
            ]
            insert.append(values.joined(separator: ", ") + ") RETURNING id")
            let id = try transaction.value(Int64.self, insert.query)
            try insertTags(of: id, tags)
            let task = try load(id)
            try journal(.add, task: id, before: nil, after: task, at: now)
            return task
        }
    }

    func task(id: Int64) throws -> TodoTask {
        try load(id)
    }

    func complete(id: Int64) throws -> TaskCompletion {
        let before = try load(id)
        guard !before.completed else { return TaskCompletion(task: before, nextOccurrence: nil, wasAlreadyCompleted: true) }
        let now = clock.now
        return try transaction.atomically {
            var state = TaskState(before)
            state.completed = true
            state.completedAt = now
            try write(id, state, at: now)
            let next = try before.recurrence.map { recurrence in
                try insertOccurrence(of: before, due: recurrence.next(after: before.due ?? .day(clock.today)), at: now)
            }
            let task = try load(id)
            try journal(.complete, task: id, before: before, after: task, related: next?.id, at: now)
            return TaskCompletion(task: task, nextOccurrence: next)
        }
    }

    func reopen(id: Int64) throws -> TodoTask {
        let before = try load(id)
        guard before.completed else { return before }
        let now = clock.now
        return try transaction.atomically {
            var state = TaskState(before)
            state.completed = false
            state.completedAt = nil
            try write(id, state, at: now)
            let task = try load(id)
            try journal(.reopen, task: id, before: before, after: task, at: now)
            return task
        }
    }

    func update(id: Int64, _ patch: TaskPatch) throws -> TodoTask {
        let before = try load(id)
        let now = clock.now
        let state = try TaskValidation.applying(patch, to: TaskState(before), now: now)
        guard state != TaskState(before) else { return before }
        return try transaction.atomically {
            try write(id, state, at: now)
            if state.tags != before.tags {
                try replaceTags(of: id, with: state.tags)
            }
            let task = try load(id)
            try journal(.update, task: id, before: before, after: task, at: now)
            return task
        }
    }

    func delete(id: Int64) throws -> TodoTask {
        let before = try load(id)
        let now = clock.now
        return try transaction.atomically {
            var state = TaskState(before)
            state.deletedAt = now
            try write(id, state, at: now)
            var task = before
            task.deletedAt = PostgresTaskRow.stored(now)
            task.updatedAt = PostgresTaskRow.stored(now) ?? now
            try journal(.delete, task: id, before: before, after: task, at: now)
            return task
        }
    }
}
