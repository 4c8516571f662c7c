@testable import AgentCore

/// Tool results as the task tools write them, for hand-built conversations.
enum Fixtures {
    static func task(_ id: Int, _ title: String, completed: Bool = false, due: String? = nil,
                     priority: String? = nil, tags: [String] = []) -> String {
        let due = due.map { "\"\($0)\"" } ?? "null"
        let priority = priority.map { "\"\($0)\"" } ?? "null"
        let tags = "[" + tags.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        return """
            {"task_id": \(id), "title": "\(title)", "description": null, "completed": \(completed), \
            "priority": \(priority), "tags": \(tags), "due": \(due), "recurrence": null, \
            "created_at": "2025-03-10T08:00:00Z"}
            """
    }

    static func list(_ tasks: [String], count: Int? = nil, truncated: Bool = false) -> String {
        #"{"tasks": ["# + tasks.joined(separator: ", ") + #"], "count": \#(count ?? tasks.count), "truncated": \#(truncated)}"#
    }

    static func changed(_ id: Int, _ status: String, _ title: String, extra: String = "") -> String {
        #"{"task_id": \#(id), "status": "\#(status)", "title": "\#(title)"\#(extra)}"#
    }
}

extension Intent {
    /// The task a new-task request would write: said as an add, or with a date and no word of
    /// adding, which adds it unless a task of that name is already on the list (``ReminderLookup``).
    var taskToAdd: NewTask? {
        switch self {
        case .add(let task), .remind(let task): task
        default: nil
        }
    }
}
