import Foundation

/// Who wrote a message, in the chat-completions sense.
public enum MessageRole: String, Sendable, CaseIterable {
    case system, user, assistant, tool
}

/// A tool call as the assistant made it; `arguments` is the JSON text, kept verbatim.
public struct StoredToolCall: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var arguments: String
    /// JSON text of any other members the server put on the call, to be sent back with it;
    /// absent from the stored JSON when there are none.
    public var extra: String?

    public init(id: String, name: String, arguments: String, extra: String? = nil) {
        self.id = id
        self.name = name
        self.arguments = arguments
        self.extra = extra
    }
}

/// The reasoning a model streamed with a message, kept out of its content.
///
/// `field` is the delta member it came in (`reasoning_content`, `reasoning`), nil when it
/// came another way; a server that named it may need it back under that name.
public struct StoredReasoning: Hashable, Sendable {
    public var text: String
    public var field: String?

    public init(text: String, field: String?) {
        self.text = text
        self.field = field
    }
}

/// A message to append to a conversation.
public struct NewMessage: Hashable, Sendable {
    public var role: MessageRole
    public var content: String
    public var toolCalls: [StoredToolCall]
    /// For a tool message, the id of the call it answers.
    public var toolCallID: String?
    /// True for a reply cut short by the user; what had streamed is kept.
    public var interrupted: Bool
    public var model: String?
    public var usage: TokenUsage?
    public var reasoning: StoredReasoning?

    public init(
        role: MessageRole, content: String, toolCalls: [StoredToolCall] = [], toolCallID: String? = nil,
        interrupted: Bool = false, model: String? = nil, usage: TokenUsage? = nil, reasoning: StoredReasoning? = nil
    ) {
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.interrupted = interrupted
        self.model = model
        self.usage = usage
        self.reasoning = reasoning
    }

    /// UTF-8 bytes of the content and tool calls ÷ 4, rounded up, + 4 for the
    /// message's framing: cheap, stable, and close enough to budget a context.
    public var tokenEstimate: Int {
        let bytes = content.utf8.count + toolCalls.reduce(0) { $0 + $1.name.utf8.count + $1.arguments.utf8.count }
        return (bytes + 3) / 4 + 4
    }
}

/// A message as stored, with its id and time.
public struct StoredMessage: Identifiable, Hashable, Sendable {
    public var id: Int64
    public var conversationID: Int64
    public var role: MessageRole
    public var content: String
    public var toolCalls: [StoredToolCall]
    public var toolCallID: String?
    public var interrupted: Bool
    public var model: String?
    public var usage: TokenUsage?
    public var tokenEstimate: Int
    public var createdAt: Date
    public var reasoning: StoredReasoning?

    public init(
        id: Int64, conversationID: Int64, role: MessageRole, content: String, toolCalls: [StoredToolCall],
        toolCallID: String?, interrupted: Bool, model: String?, usage: TokenUsage?, tokenEstimate: Int,
        createdAt: Date, reasoning: StoredReasoning? = nil
    ) {
        self.reasoning = reasoning
        self.id = id
        self.conversationID = conversationID
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.interrupted = interrupted
        self.model = model
        self.usage = usage
        self.tokenEstimate = tokenEstimate
        self.createdAt = createdAt
    }
}
