import Persistence

/// What the runtime reports about a running turn, translated from AgentCore's turn events so
/// the TUI's core does not depend on the turn loop's types.
enum TurnUpdate: Hashable, Sendable {
    /// The user message is stored (in a new conversation, the one just created), so a retry
    /// must not store it again.
    case messageStored(conversationID: Int64)
    case textDelta(String)
    /// The provider is waiting, such as "server busy (HTTP 429), retrying in 30 s (1/3)…".
    case waiting(String)
    /// `callID` pairs the start with its result when one reply calls the same tool twice.
    case toolStarted(name: String, argumentsJSON: String, callID: String? = nil)
    /// `summary` is one line such as "#5 Buy groceries" or "task 42 not found"; `task` the
    /// task it touched, and `nextTask` the next occurrence a recurring completion created.
    case toolFinished(
        name: String, summary: String, isError: Bool, task: Int64? = nil, nextTask: Int64? = nil,
        callID: String? = nil)
    /// `cutOff`: the server stopped the reply at its length limit.
    case finished(usage: TokenUsage?, interrupted: Bool, cutOff: Bool = false)
    /// `message` says what went wrong and, where there is one, what to do.
    case failed(message: String)
}
