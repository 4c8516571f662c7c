import AgentCore
import Foundation
import Persistence

/// The JSON shapes of `conversations --json` and `show --json` (documented in docs/cli.md).
enum ConversationJSON {
    static func list(_ conversations: [Conversation]) -> JSONValue {
        ["conversations": .array(conversations.map(summary))]
    }

    static func summary(_ conversation: Conversation) -> JSONValue {
        [
            "id": .int(conversation.id),
            "title": .string(conversation.title),
            "created_at": .rfc3339(conversation.createdAt),
            "updated_at": .rfc3339(conversation.updatedAt),
            "message_count": .int(Int64(conversation.messageCount)),
        ]
    }

    static func message(_ message: StoredMessage) -> JSONValue {
        [
            "id": .int(message.id),
            "role": .string(message.role.rawValue),
            "content": .string(message.content),
            "tool_calls": message.toolCalls.isEmpty ? .null : .array(message.toolCalls.map(toolCall)),
            "tool_call_id": message.toolCallID.map(JSONValue.string) ?? .null,
            "interrupted": .bool(message.interrupted),
            "model": message.model.map(JSONValue.string) ?? .null,
            "usage": message.usage.map(usage) ?? .null,
            "created_at": .rfc3339(message.createdAt),
        ]
    }

    private static func toolCall(_ call: StoredToolCall) -> JSONValue {
        ["id": .string(call.id), "name": .string(call.name), "arguments": .string(call.arguments)]
    }

    static func usage(_ usage: TokenUsage) -> JSONValue {
        [
            "prompt_tokens": .int(Int64(usage.promptTokens)),
            "completion_tokens": .int(Int64(usage.completionTokens)),
            "total_tokens": .int(Int64(usage.totalTokens)),
        ]
    }
}
