internal import GRDB

/// Task operations for one user inside a database transaction the caller opened.
///
/// It exists only inside ``TaskService/transaction(_:)`` and
/// ``ConversationService/appendStep(to:assistant:tools:)``, so that a model step can
/// commit its messages and every tool's effect together. Do not keep it past the
/// closure it was handed to. Every change is journaled for undo with its source.
///
/// One type for both backends, so the tools and front ends that take it do not change
/// with the database: it hands each call to the SQLite or the PostgreSQL editor of the
/// transaction it was made for.
public struct TaskEditor {
    private let backend: any TaskEditing

    init(_ backend: any TaskEditing) {
        self.backend = backend
    }

    init(db: Database, user: UserID, clock: TaskClock, source: ChangeSource) {
        self.init(SQLiteTaskEditor(db: db, user: user, clock: clock, source: source))
    }

    /// Whose tasks these are: on PostgreSQL, the role that connected.
    public var user: UserID { backend.user }
    public var clock: TaskClock { backend.clock }
    public var source: ChangeSource { backend.source }

    /// Validates and stores a new pending task.
    public func add(_ draft: TaskDraft) throws -> TodoTask { try backend.add(draft) }

    /// Validates and stores a task as it was elsewhere: done or not, with its own creation
    /// and completion times. Journaled as an add, so undo takes it away again.
    public func add(_ imported: ImportedTask) throws -> TodoTask { try backend.add(imported) }

    /// The user's task, unless it is deleted.
    public func task(id: Int64) throws -> TodoTask { try backend.task(id: id) }

    /// One page of the user's tasks matching `query`, with the number of all matches.
    public func list(_ query: TaskQuery) throws -> TaskPage { try backend.list(query) }

    /// Up to `before` matches in front of the anchor and `after` from it on, in `query`'s
    /// order, with the number of all matches and the anchor's position.
    public func window(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int, known: ListPosition? = nil,
        total: Int? = nil
    ) throws -> ListWindow<TodoTask> {
        try backend.window(query, around: anchor, before: before, after: after, known: known, total: total)
    }

    /// The rows `window` reads, without counting: shown first, placed once `position` counts.
    public func uncountedWindow(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int
    ) throws -> UncountedWindow<TodoTask> {
        try backend.uncountedWindow(query, around: anchor, before: before, after: after)
    }

    /// The number of matches and the anchor's place among them; `total` when already known.
    public func position(of anchor: WindowAnchor<TodoTask>, _ query: TaskQuery, total: Int? = nil) throws -> ListPosition {
        try backend.position(of: anchor, query, total: total)
    }

    /// The journal's record of task `id`, newest first, at most `limit` changes.
    public func history(of id: Int64, limit: Int) throws -> [TaskHistoryEntry] {
        try backend.history(of: id, limit: limit)
    }

    /// Pending tasks overdue or due today.
    public func reminderCounts() throws -> ReminderCounts { try backend.reminderCounts() }

    /// Marks the task done; a recurring one also gets its next occurrence.
    public func complete(id: Int64) throws -> TaskCompletion { try backend.complete(id: id) }

    /// Marks a completed task pending again; a pending task is left as it is.
    public func reopen(id: Int64) throws -> TodoTask { try backend.reopen(id: id) }

    /// Applies `patch`, validating every field before writing any; a patch that changes
    /// nothing is not journaled.
    public func update(id: Int64, _ patch: TaskPatch) throws -> TodoTask { try backend.update(id: id, patch) }

    /// Hides the task; the row stays so that undo can bring it back.
    public func delete(id: Int64) throws -> TodoTask { try backend.delete(id: id) }

    /// Reverts the user's newest change not yet undone; nil when there is nothing to undo.
    public func undoLastChange() throws -> UndoOutcome? { try backend.undoLastChange() }

    /// Makes `%`, `_` and the escape character itself match literally in a `LIKE`.
    static func escapeLike(_ text: String) -> String { SQLiteTaskEditor.escapeLike(text) }
}
