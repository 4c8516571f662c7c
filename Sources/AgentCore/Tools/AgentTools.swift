import Persistence

/// The tools a turn may run: the five task tools, and the undo the offline engine uses.
public enum AgentTools {
    /// Runs one call inside the step's transaction; like ``TaskTool/run(name:arguments:editor:)``
    /// it never throws.
    public static func run(name: String, arguments: String, editor: TaskEditor) -> JSONValue {
        name == UndoTool.name
            ? UndoTool.run(arguments: arguments, editor: editor)
            : TaskTool.run(name: name, arguments: arguments, editor: editor)
    }
}
