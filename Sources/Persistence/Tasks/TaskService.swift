internal import GRDB

/// The user's tasks, one transaction per call.
///
/// The same operations as ``TaskEditor``; use ``transaction(_:)`` to combine several
/// in one transaction.
public struct TaskService: Sendable {
    public let database: AppDatabase
    public let user: UserID
    public let clock: TaskClock
    /// Recorded in the undo journal with each change.
    public let source: ChangeSource

    public init(database: AppDatabase, user: UserID, clock: TaskClock, source: ChangeSource) {
        self.database = database
        self.user = user
        self.clock = clock
        self.source = source
    }

    /// Runs `body` in one write transaction; if it throws, nothing it did is kept.
    public func transaction<T>(_ body: (TaskEditor) throws -> T) throws -> T {
        if case .postgres(let session) = database.backend {
            return try postgresTransaction(session, body)
        }
        return try database.write { db in
            try body(editor(db))
        }
    }

    public func add(_ draft: TaskDraft) throws -> TodoTask {
        try transaction { try $0.add(draft) }
    }

    public func list(_ query: TaskQuery) throws -> TaskPage {
        try read { try $0.list(query) }
    }

    public func window(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int, known: ListPosition? = nil,
        total: Int? = nil
    ) throws -> ListWindow<TodoTask> {
        try read { try $0.window(query, around: anchor, before: before, after: after, known: known, total: total) }
    }

    public func uncountedWindow(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int
    ) throws -> UncountedWindow<TodoTask> {
        try read { try $0.uncountedWindow(query, around: anchor, before: before, after: after) }
    }

    public func position(of anchor: WindowAnchor<TodoTask>, _ query: TaskQuery, total: Int? = nil) throws -> ListPosition {
        try read { try $0.position(of: anchor, query, total: total) }
    }

    public func history(of id: Int64, limit: Int) throws -> [TaskHistoryEntry] {
        try read { try $0.history(of: id, limit: limit) }
    }

    public func task(id: Int64) throws -> TodoTask {
        try read { try $0.task(id: id) }
    }

    public func complete(id: Int64) throws -> TaskCompletion {
        try transaction { try $0.complete(id: id) }
    }

    public func reopen(id: Int64) throws -> TodoTask {
        try transaction { try $0.reopen(id: id) }
    }

    public func update(id: Int64, _ patch: TaskPatch) throws -> TodoTask {
        try transaction { try $0.update(id: id, patch) }
    }

    public func delete(id: Int64) throws -> TodoTask {
        try transaction { try $0.delete(id: id) }
    }

    public func undoLastChange() throws -> UndoOutcome? {
        try transaction { try $0.undoLastChange() }
    }

    public func reminderCounts() throws -> ReminderCounts {
        try read { try $0.reminderCounts() }
    }

    private func read<T>(_ body: (TaskEditor) throws -> T) throws -> T {
        if case .postgres(let session) = database.backend {
            return try postgresTransaction(session, body)
        }
        return try database.pool.read { db in
            try body(editor(db))
        }
    }

    private func editor(_ db: Database) -> TaskEditor {
        TaskEditor(db: db, user: user, clock: clock, source: source)
    }
}
