extension TaskTool {
    var summary: String {
        switch self {
        case .addTask:
            "Add a task to the user's to-do list. Returns the new task's id and its normalised fields."
        case .listTasks:
            "List the user's tasks, filtered and sorted. Returns at most `limit` tasks (default 50), "
                + "the number of all matches as `count`, and `truncated` when some were left out (read on with `offset`)."
        case .completeTask:
            "Mark a task as done. For a recurring task, the next occurrence is created and its id returned."
        case .deleteTask:
            "Delete a task. Deleting can be undone by the user."
        case .updateTask:
            "Change a task's fields. Omit a field to keep it; send null to clear it."
        }
    }

    /// Public so that MCP clients are served the very schema the model is given.
    public var inputSchema: JSONValue {
        switch self {
        case .addTask:
            object(
                [
                    ("title", ["type": "string", "description": "What to do, short and imperative."]),
                    ("description", ["type": "string", "description": "Optional details."]),
                    ("priority", Self.priority),
                    ("tags", Self.tags),
                    ("due", Self.due),
                    ("recurrence", Self.recurrence),
                ], required: ["title"])
        case .listTasks:
            object(
                [
                    ("status", ["type": "string", "enum": ["all", "pending", "completed"], "default": "all"]),
                    ("priority", Self.priority),
                    ("tag", ["type": "string", "description": "Only tasks with this tag."]),
                    ("search", ["type": "string", "description": "Text to find in titles and descriptions."]),
                    ("due_before", [
                        "type": "string",
                        "description": .string(
                            "Only tasks due on or before this day: an ISO date or a phrase such as "
                                + "'friday' or 'end of week'."),
                    ]),
                    ("sort", ["type": "string", "enum": ["created", "due", "priority", "title"], "default": "created"]),
                    ("limit", ["type": "integer", "minimum": 1, "maximum": .int(Int64(Self.maximumLimit)), "default": 50]),
                    ("offset", [
                        "type": "integer", "minimum": 0, "default": 0,
                        "description": "Matches to skip: when `truncated` is true, the next page starts at offset + limit.",
                    ]),
                ], required: [])
        case .completeTask, .deleteTask:
            object([("task_id", Self.taskID)], required: ["task_id"])
        case .updateTask:
            object(
                [
                    ("task_id", Self.taskID),
                    ("title", ["type": "string"]),
                    ("description", ["type": ["string", "null"]]),
                    ("priority", Self.nullable(Self.priority)),
                    ("tags", Self.nullable(Self.tags)),
                    ("due", Self.nullable(Self.due)),
                    ("recurrence", Self.nullable(Self.recurrence)),
                    ("completed", ["type": "boolean", "description": "false reopens a completed task."]),
                ], required: ["task_id"])
        }
    }

    static let maximumLimit = 200
    static let defaultLimit = 50

    /// The argument names each tool accepts, in schema order.
    var argumentNames: [String] {
        guard case .object(let members) = inputSchema["properties"] ?? .null else { return [] }
        return members.map(\.0)
    }

    private func object(_ properties: [(String, JSONValue)], required: [String]) -> JSONValue {
        [
            "type": "object",
            "properties": .object(properties),
            "required": .array(required.map(JSONValue.string)),
            "additionalProperties": false,
        ]
    }

    private static let taskID: JSONValue = ["type": "integer", "description": "The task's id, as shown by list_tasks."]
    private static let priority: JSONValue = ["type": "string", "enum": ["low", "medium", "high"]]
    private static let tags: JSONValue = [
        "type": "array", "items": ["type": "string"],
        "description": "Short lower-case words such as 'work' or 'home'.",
    ]
    private static let due: JSONValue = [
        "type": "string",
        "description": .string(
            "An ISO 8601 date (YYYY-MM-DD) or date-time with offset, or a phrase such as "
                + "'today', 'tomorrow', 'friday', 'in 3 days' or 'next week'."),
    ]
    private static let recurrence: JSONValue = [
        "type": "string", "description": "daily, weekly, monthly, or 'every N days'.",
    ]

    /// The same schema, also accepting null (which clears the field in update_task).
    private static func nullable(_ schema: JSONValue) -> JSONValue {
        guard case .object(var members) = schema, let index = members.firstIndex(where: { $0.0 == "type" }),
            let type = members[index].1.stringValue
        else { return schema }
        members[index].1 = [.string(type), "null"]
        if let enumIndex = members.firstIndex(where: { $0.0 == "enum" }), case .array(let values) = members[enumIndex].1 {
            members[enumIndex].1 = .array(values + [.null])
        }
        return .object(members)
    }
}
