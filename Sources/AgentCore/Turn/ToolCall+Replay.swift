import Persistence

extension ToolCall {
    /// The name sent back in place of one no server would accept (empty, or outside
    /// OpenAI's `^[a-zA-Z0-9_-]{1,64}$`).
    static let replacementName = "invalid_tool_name"

    /// A stored call as later requests send it back.
    ///
    /// The database keeps what the model sent, since it is history; but strict servers
    /// (vLLM, llama.cpp, which parse the arguments to render their chat templates) refuse a
    /// request whose history holds arguments that are not a JSON object, and every later
    /// turn of the conversation would fail. So such arguments go out as `{}` and a name no
    /// server accepts as ``replacementName``; the call's result already told the model
    /// what was wrong. Members beyond the standard ones (Gemini's thought signature) go
    /// back as they came.
    init(replaying stored: StoredToolCall) {
        self.init(
            id: stored.id,
            name: Self.isAcceptedName(stored.name) ? stored.name : Self.replacementName,
            arguments: Self.isObject(stored.arguments) ? stored.arguments : "{}",
            extra: stored.extra.flatMap { try? JSONValue(parsing: $0) })
    }

    private static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-".utf8)

    static func isAcceptedName(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count) && name.utf8.allSatisfy(nameCharacters.contains)
    }

    private static func isObject(_ arguments: String) -> Bool {
        guard case .object? = try? JSONValue(parsing: arguments) else { return false }
        return true
    }
}
