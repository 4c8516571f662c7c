import AgentCore
import Persistence

/// The JSON shape of `search --json` (documented in docs/cli.md).
enum SearchJSON {
    static func results(_ results: SearchResults) -> JSONValue {
        ["matches": .array(results.matches.map(match)), "truncated": .bool(results.truncated)]
    }

    /// `highlights` are `[start, end)` offsets into `snippet` in Unicode code points, as
    /// Python's string indices count, so `snippet[start:end]` is the matched text.
    private static func match(_ match: SearchMatch) -> JSONValue {
        var conversationID = JSONValue.null, messageID = JSONValue.null, taskID = JSONValue.null
        var role = JSONValue.null
        let kind: String
        switch match.source {
        case .message(let conversation, let message, let messageRole):
            conversationID = .int(conversation)
            messageID = .int(message)
            role = .string(messageRole.rawValue)
            kind = "message"
        case .task(let id, _):
            taskID = .int(id)
            kind = "task"
        }
        return [
            "kind": .string(kind),
            "conversation_id": conversationID,
            "message_id": messageID,
            "task_id": taskID,
            "role": role,
            "title": .string(match.title),
            "created_at": .rfc3339(match.createdAt),
            "snippet": .string(match.snippet.text),
            "highlights": .array(highlights(match.snippet)),
        ]
    }

    private static func highlights(_ snippet: Snippet) -> [JSONValue] {
        var offset = 0
        var ranges: [JSONValue] = []
        for part in snippet.parts {
            let length = part.text.unicodeScalars.count
            if part.isMatch { ranges.append([.int(Int64(offset)), .int(Int64(offset + length))]) }
            offset += length
        }
        return ranges
    }
}
