/// One message of the conversation as a provider sees it.
public struct ChatMessage: Sendable, Equatable {
    public enum Role: String, Sendable, Codable {
        case system, user, assistant, tool
    }

    public var role: Role
    public var content: String
    /// Calls the assistant asked for; empty for every other role.
    public var toolCalls: [ToolCall]
    /// For a tool message, the id of the call it answers.
    public var toolCallID: String?
    /// Reasoning to send back on an assistant message, for servers that require it.
    public var reasoning: Reasoning?

    public init(role: Role, content: String, toolCalls: [ToolCall] = [], toolCallID: String? = nil,
                reasoning: Reasoning? = nil) {
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.reasoning = reasoning
    }

    public static func system(_ text: String) -> ChatMessage { ChatMessage(role: .system, content: text) }
    public static func user(_ text: String) -> ChatMessage { ChatMessage(role: .user, content: text) }
    public static func assistant(_ text: String, toolCalls: [ToolCall] = []) -> ChatMessage {
        ChatMessage(role: .assistant, content: text, toolCalls: toolCalls)
    }
    public static func tool(callID: String, result: String) -> ChatMessage {
        ChatMessage(role: .tool, content: result, toolCallID: callID)
    }
}

/// A complete tool call: `arguments` is the JSON text exactly as the model produced it.
public struct ToolCall: Sendable, Equatable, Hashable, Codable {
    public var id: String
    public var name: String
    public var arguments: String
    /// Any other members the server put on the call (Gemini's `extra_content` thought
    /// signature), as one JSON object: the server expects them back on the call unchanged.
    public var extra: JSONValue?

    public init(id: String, name: String, arguments: String, extra: JSONValue? = nil) {
        self.id = id
        self.name = name
        self.arguments = arguments
        self.extra = extra
    }
}
