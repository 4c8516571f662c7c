/// What a running turn reports to its front end, in order.
///
/// A turn that gets as far as saving the user's message sends ``started(conversationID:)``
/// first, and every turn ends with exactly one ``finished(_:)`` or ``failed(_:)``.
public enum TurnEvent: Sendable, Equatable {
    /// The user's message is saved in this conversation (created for it when new); from
    /// here on, nothing the user typed can be lost.
    case started(conversationID: Int64)
    /// A piece of the reply, raw as the model sent it: sanitise it before drawing.
    case textDelta(String)
    /// The provider is waiting (a retry's delay, a silent server): say so, or it looks hung.
    case waiting(ProviderWait)
    /// The model asked for this call; it runs with the rest of its step.
    case toolCallStarted(ToolCall)
    /// The call's result, sent only once its step is committed.
    case toolResult(ToolCall, JSONValue, isError: Bool)
    case finished(TurnSummary)
    case failed(TurnError)
}
