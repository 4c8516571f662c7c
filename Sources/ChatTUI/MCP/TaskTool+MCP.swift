import AgentCore
import MCP

extension TaskTool {
    /// The tool as MCP lists it: the model's name, description and argument schema, plus
    /// the result schema and hints that only MCP has a place for.
    var mcpTool: Tool {
        Tool(
            name: rawValue, title: annotations.title, description: definition.description,
            inputSchema: Value(inputSchema), annotations: annotations, outputSchema: Value(outputSchema))
    }

    /// Hints for clients that ask before running tools: only `delete_task` hides anything,
    /// and none of them reach beyond the local task list.
    private var annotations: Tool.Annotations {
        switch self {
        case .addTask:
            Tool.Annotations(title: "Add a task", readOnlyHint: false, destructiveHint: false, idempotentHint: false,
                             openWorldHint: false)
        case .listTasks:
            Tool.Annotations(title: "List tasks", readOnlyHint: true, openWorldHint: false)
        case .completeTask:
            Tool.Annotations(title: "Complete a task", readOnlyHint: false, destructiveHint: false, idempotentHint: true,
                             openWorldHint: false)
        case .deleteTask:
            Tool.Annotations(title: "Delete a task", readOnlyHint: false, destructiveHint: true, idempotentHint: true,
                             openWorldHint: false)
        case .updateTask:
            Tool.Annotations(title: "Change a task", readOnlyHint: false, destructiveHint: true, idempotentHint: true,
                             openWorldHint: false)
        }
    }
}
