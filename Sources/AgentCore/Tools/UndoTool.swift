import Persistence

/// `undo_last_change`: reverts the user's newest change to their tasks, from any source,
/// exactly as `u` in the task review does.
///
/// It is not one of the five task tools: models are not offered it and MCP does not serve
/// it. The offline engine calls it for "undo that", which the five cannot express (no tool
/// brings a deleted task back or restores an edit's old values).
public enum UndoTool {
    public static let name = "undo_last_change"

    /// `{"status": "undone", "action", "task_id", "title", "summary"}`, or an error result
    /// when there is nothing left to undo.
    static func run(arguments: String, editor: TaskEditor) -> JSONValue {
        do {
            _ = try ToolArguments(tool: name, json: arguments, allowed: [])
            guard let outcome = try editor.undoLastChange() else { return ["error": "there is nothing to undo"] }
            return [
                "status": "undone", "action": .string(outcome.action.rawValue), "task_id": .int(outcome.task.id),
                "title": .string(outcome.task.title), "summary": .string(outcome.summary),
            ]
        } catch let failure as ToolFailure {
            return ["error": .string(failure.message)]
        } catch {
            return ["error": .string(String(describing: error))]
        }
    }
}
