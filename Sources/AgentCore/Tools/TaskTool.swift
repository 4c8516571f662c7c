import Persistence

/// The five task tools: the only way the agent changes tasks, served to the model and over MCP.
public enum TaskTool: String, CaseIterable, Sendable {
    case addTask = "add_task"
    case listTasks = "list_tasks"
    case completeTask = "complete_task"
    case deleteTask = "delete_task"
    case updateTask = "update_task"

    /// What the model is told.
    public var definition: ToolDefinition {
        ToolDefinition(name: rawValue, description: summary, parametersSchema: inputSchema.text)
    }

    public static var definitions: [ToolDefinition] { allCases.map(\.definition) }

    /// Runs the call named `name` with `arguments` (JSON text) inside the caller's transaction.
    ///
    /// Never throws: an unknown tool, bad arguments or a refused change come back as
    /// `{"error": "…"}`, which the model reads and can recover from.
    public static func run(name: String, arguments: String, editor: TaskEditor) -> JSONValue {
        guard let tool = TaskTool(rawValue: name) else {
            let known = allCases.map(\.rawValue).joined(separator: ", ")
            let problem = name.isEmpty ? "the tool call has no name" : "unknown tool '\(name)'"
            return ["error": .string("\(problem), so nothing was done; the tools are \(known)")]
        }
        do {
            return try tool.run(arguments: arguments, editor: editor)
        } catch {
            return ["error": .string(error.message)]
        }
    }

    /// True when a result is an error result.
    public static func isError(_ result: JSONValue) -> Bool {
        result["error"] != nil
    }
}
