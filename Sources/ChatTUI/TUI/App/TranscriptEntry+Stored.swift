import Persistence

extension TranscriptEntry {
    /// Turns stored messages into pane entries.
    ///
    /// An assistant message that only called tools shows nothing itself; its tool results
    /// show as tool lines, named from the calls in the same page (a result whose call is on
    /// an earlier page is named "tool"). System messages are not shown.
    static func entries(from messages: [StoredMessage]) -> [TranscriptEntry] {
        var toolNames: [String: String] = [:]
        var entries: [TranscriptEntry] = []
        for message in messages {
            switch message.role {
            case .system:
                continue
            case .user:
                entries.append(.user(message.content))
            case .assistant:
                for call in message.toolCalls { toolNames[call.id] = call.name }
                if !message.content.isEmpty || (message.interrupted && message.toolCalls.isEmpty) {
                    entries.append(.assistant(message.content, interrupted: message.interrupted))
                }
            case .tool:
                let name = message.toolCallID.flatMap { toolNames[$0] } ?? "tool"
                let result = ToolResultSummary(json: message.content)
                entries.append(
                    .tool(ToolActivity(name: name, summary: result.text, status: result.isError ? .failed : .succeeded)))
            }
        }
        return entries
    }
}
