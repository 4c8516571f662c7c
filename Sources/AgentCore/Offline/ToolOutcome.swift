import Foundation

/// A tool result read back from its JSON text.
enum ToolOutcome: Equatable {
    case failed(String)
    case listed(TaskListResult)
    case changed(TaskChangeResult)
    /// Text that is none of the shapes the tools promise; reported, never guessed at.
    case unreadable

    init(json: String) {
        let data = Data(json.utf8)
        let decoder = JSONDecoder()
        if let failure = try? decoder.decode(ErrorResult.self, from: data) {
            self = .failed(failure.error)
        } else if let list = try? decoder.decode(TaskListResult.self, from: data) {
            self = .listed(list)
        } else if let change = try? decoder.decode(TaskChangeResult.self, from: data) {
            self = .changed(change)
        } else {
            self = .unreadable
        }
    }
}

/// `{"error": "..."}`, which any tool may return instead of its result.
private struct ErrorResult: Decodable {
    var error: String
}

/// What `list_tasks` returns.
struct TaskListResult: Decodable, Equatable {
    var tasks: [TaskSummary]
    /// Every match, including those beyond the tool's limit.
    var count: Int?
    var truncated: Bool?
}

/// One task as `list_tasks` describes it; the engine reads only what it shows.
struct TaskSummary: Decodable, Equatable {
    var taskID: Int
    var title: String
    var completed: Bool?
    var priority: String?
    var tags: [String]?
    var due: String?
    var recurrence: String?

    enum CodingKeys: String, CodingKey {
        case taskID = "task_id"
        case title, completed, priority, tags, due, recurrence
    }
}

extension TaskLine {
    init(_ summary: TaskSummary) {
        self.init(
            id: Int64(summary.taskID), title: summary.title, completed: summary.completed == true, due: summary.due,
            priority: summary.priority, recurrence: summary.recurrence, tags: summary.tags ?? [])
    }
}

/// What `add_task`, `complete_task`, `delete_task` and `update_task` return.
struct TaskChangeResult: Decodable, Equatable {
    var taskID: Int
    var status: String?
    var title: String
    var due: String?
    var priority: String?
    var tags: [String]?
    var recurrence: String?
    /// The occurrence a recurring task's completion created.
    var nextTaskID: Int?
    /// `complete_task` on a task that was already done, which changed nothing.
    var alreadyCompleted: Bool?

    enum CodingKeys: String, CodingKey {
        case taskID = "task_id"
        case nextTaskID = "next_task_id"
        case alreadyCompleted = "already_completed"
        case status, title, due, priority, tags, recurrence
    }
}
