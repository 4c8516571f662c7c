/// What a backend does to implement ``TaskEditor``, inside a transaction it opened.
///
/// SQLite (`SQLiteTaskEditor`) and PostgreSQL (`PostgresTaskEditor`) each conform; the
/// tools, the MCP server and the CLI only ever see ``TaskEditor``.
protocol TaskEditing {
    var user: UserID { get }
    var clock: TaskClock { get }
    var source: ChangeSource { get }

    func add(_ draft: TaskDraft) throws -> TodoTask
    func add(_ imported: ImportedTask) throws -> TodoTask
    func task(id: Int64) throws -> TodoTask
    func list(_ query: TaskQuery) throws -> TaskPage
    func window(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int, known: ListPosition?,
        total: Int?
    ) throws -> ListWindow<TodoTask>
    func uncountedWindow(
        _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, before: Int, after: Int
    ) throws -> UncountedWindow<TodoTask>
    func position(of anchor: WindowAnchor<TodoTask>, _ query: TaskQuery, total: Int?) throws -> ListPosition
    func history(of id: Int64, limit: Int) throws -> [TaskHistoryEntry]
    func reminderCounts() throws -> ReminderCounts
    func complete(id: Int64) throws -> TaskCompletion
    func reopen(id: Int64) throws -> TodoTask
    func update(id: Int64, _ patch: TaskPatch) throws -> TodoTask
    func delete(id: Int64) throws -> TodoTask
    func undoLastChange() throws -> UndoOutcome?
}
