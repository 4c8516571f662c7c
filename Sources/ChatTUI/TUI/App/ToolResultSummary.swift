import AgentCore

/// One line for a tool's JSON result: "#5 Buy groceries", "3 tasks", or the error it reported.
///
/// The runtime uses it for live results and the pane for stored ones, so a resumed
/// conversation reads the same as the live one did.
struct ToolResultSummary: Hashable, Sendable {
    var text: String
    var isError: Bool

    init(text: String, isError: Bool) {
        self.text = text
        self.isError = isError
    }

    init(json: String) {
        guard let value = try? JSONValue(parsing: json) else {
            self.init(text: Self.shortened(json), isError: false)
            return
        }
        self.init(value)
    }

    init(_ value: JSONValue) {
        if let error = value["error"]?.stringValue {
            self.init(text: error, isError: true)
        } else if let id = value["task_id"]?.intValue {
            var text = "#\(id)"
            if let title = value["title"]?.stringValue { text += " " + TaskLine.singleLine(title) }
            if let next = value["next_task_id"]?.intValue { text += ", next #\(next)" }
            self.init(text: text, isError: false)
        } else if let count = value["count"]?.intValue {
            self.init(text: count == 1 ? "1 task" : "\(count) tasks", isError: false)
        } else {
            self.init(text: Self.shortened(value.text), isError: false)
        }
    }

    private static func shortened(_ text: String) -> String {
        let line = TaskLine.singleLine(text)
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
