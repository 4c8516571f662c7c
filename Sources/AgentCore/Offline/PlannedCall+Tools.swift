import Persistence

/// The five task tools, spelled as calls with the argument names of their contracts, and
/// the undo the agent keeps for the engine.
extension PlannedCall {
    static let undo = PlannedCall(name: UndoTool.name, arguments: [:])

    static func addTask(_ task: NewTask) -> PlannedCall {
        var arguments: [String: Value] = ["title": .text(task.title)]
        arguments["priority"] = task.priority.map { .text($0.rawValue) }
        arguments["due"] = task.due.map(Value.text)
        arguments["recurrence"] = task.recurrence.map(Value.text)
        arguments["description"] = task.description.map(Value.text)
        if !task.tags.isEmpty { arguments["tags"] = .list(task.tags) }
        return PlannedCall(name: "add_task", arguments: arguments)
    }

    /// `offset` is sent only past the first page, so a first read looks as it always has.
    static func listTasks(_ query: ListRequest, limit: Int? = nil, offset: Int = 0) -> PlannedCall {
        var arguments: [String: Value] = [:]
        arguments["status"] = query.status.map { .text($0.rawValue) }
        arguments["priority"] = query.priority.map { .text($0.rawValue) }
        arguments["tag"] = query.tag.map(Value.text)
        arguments["search"] = query.search.map(Value.text)
        arguments["due_before"] = query.dueBefore.map(Value.text)
        arguments["sort"] = query.sort.map { .text($0.rawValue) }
        arguments["limit"] = (limit ?? (query.undatedOnly ? TaskTool.maximumLimit : nil)).map(Value.number)
        arguments["offset"] = offset > 0 ? .number(offset) : nil
        return PlannedCall(name: "list_tasks", arguments: arguments)
    }

    static func change(_ change: TaskChange, taskID: Int) -> PlannedCall {
        var arguments: [String: Value] = ["task_id": .number(taskID)]
        switch change {
        case .complete:
            return PlannedCall(name: "complete_task", arguments: arguments)
        case .delete:
            return PlannedCall(name: "delete_task", arguments: arguments)
        case .update(let edits):
            arguments["title"] = edits.title.map(Value.text)
            arguments["description"] = edits.description.map(Value.text)
            arguments["priority"] = edits.priority.map { .text($0.rawValue) }
            arguments["tags"] = edits.tags?.replacement.map(Value.list)
            arguments["due"] = edits.due.map(Value.text)
            arguments["recurrence"] = edits.recurrence.map(Value.text)
            arguments["completed"] = edits.completed.map(Value.flag)
            for field in edits.cleared { arguments[field.rawValue] = .null }
            return PlannedCall(name: "update_task", arguments: arguments)
        }
    }
}
