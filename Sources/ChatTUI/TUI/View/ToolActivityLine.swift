import AgentCore

/// The one line a tool call earns under the reply: `✓ add_task  #5 Buy groceries`, or
/// `✗ complete_task  task 42 not found`. Sanitised: titles come from the model.
enum ToolActivityLine {
    static func text(for call: ToolCall, result: JSONValue, isError: Bool) -> String {
        let line = isError ? "✗ \(call.name)  \(failure(result))" : "✓ \(call.name)\(detail(result))"
        return TerminalSanitizer.sanitize(line, keepNewlines: false)
    }

    private static func failure(_ result: JSONValue) -> String {
        result["error"]?.stringValue ?? result.text
    }

    private static func detail(_ result: JSONValue) -> String {
        if let count = result["count"]?.intValue {
            return "  \(count) \(count == 1 ? "task" : "tasks")"
        }
        guard let id = result["task_id"]?.intValue else { return "" }
        var text = "  #\(id) \(result["title"]?.stringValue ?? "")"
        if let next = result["next_task_id"]?.intValue {
            text += " (next: #\(next))"
        }
        return text
    }
}
