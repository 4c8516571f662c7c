extension TaskTool {
    /// The JSON Schema of a successful result, served as MCP's `outputSchema`.
    ///
    /// Objects are closed (`additionalProperties: false`), so a client that validates
    /// results, as the official Python one does, catches a field added to a result here
    /// but not to its schema. Errors are not described: the model reads them as
    /// `{"error": "…"}`, MCP clients as a result flagged `isError`.
    public var outputSchema: JSONValue {
        switch self {
        case .addTask: Self.outcome("created", fields: Self.echoedFields)
        case .listTasks:
            Self.object(
                [
                    ("tasks", ["type": "array", "items": Self.task]),
                    ("count", ["type": "integer", "minimum": 0, "description": "How many tasks matched in all."]),
                    ("truncated", ["type": "boolean", "description": "True when `tasks` holds fewer than `count`."]),
                ], required: ["tasks", "count", "truncated"])
        case .completeTask:
            Self.outcome(
                "completed",
                optional: [
                    ("next_task_id", ["type": "integer", "description": "The next occurrence of a recurring task."]),
                    ("next_due", Self.nullable("string")),
                    ("already_completed", ["const": true, "description": "Present when the task was already done; nothing changed."]),
                ])
        case .deleteTask: Self.outcome("deleted")
        case .updateTask: Self.outcome("updated", fields: Self.echoedFields)
        }
    }

    /// `{"task_id", "status", "title"}` plus the fields the call echoes back.
    private static func outcome(
        _ status: String, fields: [(String, JSONValue)] = [], optional: [(String, JSONValue)] = []
    ) -> JSONValue {
        let always: [(String, JSONValue)] =
            [("task_id", ["type": "integer"]), ("status", ["const": .string(status)]), ("title", ["type": "string"])]
            + fields
        return object(always + optional, required: always.map(\.0))
    }

    private static let echoedFields: [(String, JSONValue)] = [
        ("due", due), ("priority", priority), ("tags", tags), ("recurrence", nullable("string")),
        ("completed", ["type": "boolean"]),
    ]

    /// One task as `list_tasks` shows it.
    private static var task: JSONValue {
        let fields: [(String, JSONValue)] = [
            ("task_id", ["type": "integer"]), ("title", ["type": "string"]), ("description", nullable("string")),
            ("completed", ["type": "boolean"]), ("priority", priority), ("tags", tags), ("due", due),
            ("recurrence", nullable("string")), ("created_at", ["type": "string", "format": "date-time"]),
        ]
        return object(fields, required: fields.map(\.0))
    }

    private static let priority: JSONValue = ["type": ["string", "null"], "enum": ["low", "medium", "high", nil]]
    private static let tags: JSONValue = ["type": "array", "items": ["type": "string"]]
    private static let due: JSONValue = [
        "type": ["string", "null"],
        "description": "An all-day date (YYYY-MM-DD) or a date-time with its UTC offset.",
    ]

    private static func nullable(_ type: String) -> JSONValue {
        ["type": [.string(type), "null"]]
    }

    private static func object(_ properties: [(String, JSONValue)], required: [String]) -> JSONValue {
        [
            "type": "object",
            "properties": .object(properties),
            "required": .array(required.map(JSONValue.string)),
            "additionalProperties": false,
        ]
    }
}
