/// The part of a conversation the engine's next step depends on: the newest user message
/// and the tool calls made since, each with its result.
struct TurnTranscript {
    /// One tool call of this turn and the result the tool stored for it.
    struct Exchange {
        var call: ToolCall
        /// `nil` when no tool message answers the call.
        var result: String?
    }

    let messages: [ChatMessage]
    let lastUserIndex: Int?
    let exchanges: [Exchange]
    /// True when an assistant reply without tool calls already closed the turn.
    let isAnswered: Bool

    init(_ messages: [ChatMessage]) {
        self.messages = messages
        lastUserIndex = messages.lastIndex { $0.role == .user }
        let turn = messages[((lastUserIndex ?? -1) + 1)...]
        exchanges = Self.exchanges(in: turn)
        isAnswered = turn.last.map { $0.role == .assistant && $0.toolCalls.isEmpty } ?? false
    }

    static let callID = Pattern(#/call_(\d{1,9})/#, example: "call_12")

    /// The number for the next `call_<n>` id: past every numbered id and every call seen, so
    /// ids stay unique in the conversation as the engine and the context builder see it.
    var nextCallNumber: Int {
        let calls = messages.flatMap(\.toolCalls)
        let highest = calls.compactMap { call in
            call.id.wholeMatch(of: Self.callID.regex).flatMap { Int($0.output.1) }
        }.max() ?? 0
        return max(highest, calls.count) + 1
    }

    /// How many tasks the user's request before message `index` changed, so that "undo" after
    /// "rm 3 4" or "add eggs, flour and sugar" takes back the whole request, not its last call.
    func changes(ofRequestBefore index: Int) -> Int {
        guard let previous = messages[..<index].lastIndex(where: { $0.role == .user }) else { return 0 }
        return Self.exchanges(in: messages[(previous + 1)..<index]).filter { exchange in
            guard let tool = TaskTool(rawValue: exchange.call.name), tool != .listTasks,
                  let result = exchange.result.flatMap({ try? JSONValue(parsing: $0) })
            else { return false }
            return result["error"] == nil && result["already_completed"] == nil
        }.count
    }

    /// The titles of the tasks the user's request before message `index` deleted: "put the
    /// bike back" after "and the bike" means that deletion.
    func deletedTitles(ofRequestBefore index: Int) -> [String] {
        guard let previous = messages[..<index].lastIndex(where: { $0.role == .user }) else { return [] }
        return Self.exchanges(in: messages[(previous + 1)..<index]).compactMap { exchange in
            guard exchange.call.name == TaskTool.deleteTask.rawValue,
                  let result = exchange.result.flatMap({ try? JSONValue(parsing: $0) }), result["status"]?.stringValue == "deleted"
            else { return nil }
            return result["title"]?.stringValue
        }
    }

    /// Each tool call among `turn`, with the result a tool message gave it.
    private static func exchanges(in turn: ArraySlice<ChatMessage>) -> [Exchange] {
        let results = Dictionary(
            turn.compactMap { message in message.toolCallID.map { ($0, message.content) } },
            uniquingKeysWith: { first, _ in first })
        return turn.flatMap { $0.toolCalls }.map { Exchange(call: $0, result: results[$0.id]) }
    }

    /// The text of the newest assistant reply before message `index`, skipping tool chatter.
    func assistantText(before index: Int) -> (text: String, index: Int)? {
        guard let found = messages[..<index].lastIndex(where: { $0.role == .assistant && $0.toolCalls.isEmpty })
        else { return nil }
        return (messages[found].content, found)
    }
}
