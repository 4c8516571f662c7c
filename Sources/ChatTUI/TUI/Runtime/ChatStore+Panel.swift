import Persistence

extension ChatStore {
    /// The panel's rows: the first `limit` pending tasks, soonest due first and undated last,
    /// read from the listing index with the count of all pending tasks, so it costs the
    /// same at 10 tasks and at 100,000.
    func panelWindow(limit: Int) throws -> ListWindow<TodoTask> {
        try tasks.window(TaskQuery(status: .pending, sort: .due), around: .first, before: 0, after: limit)
    }
}
