import Persistence

/// What the model is told about a tool: its name, purpose and a JSON Schema of its arguments.
public struct ToolDefinition: Sendable, Equatable {
    public var name: String
    public var description: String
    /// JSON Schema text of the arguments object.
    public var parametersSchema: String

    public init(name: String, description: String, parametersSchema: String) {
        self.name = name
        self.description = description
        self.parametersSchema = parametersSchema
    }
}

/// One request for the next assistant step.
public struct ChatRequest: Sendable, Equatable {
    public var model: String
    public var messages: [ChatMessage]
    public var tools: [ToolDefinition]

    public init(model: String, messages: [ChatMessage], tools: [ToolDefinition]) {
        self.model = model
        self.messages = messages
        self.tools = tools
    }
}

/// Why the model stopped.
public enum FinishReason: String, Sendable, Equatable {
    case stop
    case toolCalls = "tool_calls"
    /// The reply was cut off by the server's length limit.
    case length
    case contentFilter = "content_filter"
}

/// What a provider reports while it answers, in order.
public enum ProviderEvent: Sendable, Equatable {
    /// A piece of the visible reply.
    case textDelta(String)
    /// A piece of the model's reasoning: stored with the message, never shown as the reply.
    case reasoningDelta(Reasoning)
    /// Nothing is arriving for a known reason; said so the person is not left guessing.
    case waiting(ProviderWait)
    /// Every tool call of this step, complete; sent once, after the last delta.
    case toolCalls([ToolCall])
    /// The step is over; usage when the server reported it.
    case finished(FinishReason, TokenUsage?)
}

/// A source of assistant steps: the OpenAI-compatible HTTP client or the offline engine.
///
/// The stream ends after `.finished`, or throws a ``ProviderError``. Cancelling the consuming
/// task cancels the request promptly.
public protocol ChatProvider: Sendable {
    /// A short name for the status bar, such as `openai:gpt-4o-mini` or `offline`.
    var displayName: String { get }
    func stream(_ request: ChatRequest) -> AsyncThrowingStream<ProviderEvent, any Error>
}
