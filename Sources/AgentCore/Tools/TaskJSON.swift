import Persistence

/// The JSON shapes of tasks in tool results and `chattui tasks --json`: one definition for
/// the model, MCP clients and scripts alike.
public enum TaskJSON {
    public static func task(_ task: TodoTask) -> JSONValue {
        [
            "task_id": .int(task.id),
            "title": .string(task.title),
            "description": task.description.map(JSONValue.string) ?? .null,
            "completed": .bool(task.completed),
            "priority": task.priority.map { .string($0.rawValue) } ?? .null,
            "tags": .array(task.tags.map(JSONValue.string)),
            "due": task.due.map { .string($0.normalized) } ?? .null,
            "recurrence": task.recurrence.map { .string($0.normalized) } ?? .null,
            "created_at": .rfc3339(task.createdAt),
        ]
    }

    /// The `list_tasks` result: the page, how many matched in all, and whether the page is short of that.
    public static func page(_ page: TaskPage) -> JSONValue {
        [
            "tasks": .array(page.tasks.map(task)),
            "count": .int(Int64(page.count)),
            "truncated": .bool(page.truncated),
        ]
    }
}
