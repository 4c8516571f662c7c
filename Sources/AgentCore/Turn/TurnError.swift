import Persistence

/// Why a turn stopped without an answer, worded for the person at the keyboard.
///
/// Whatever the error, the user's message stays saved once the turn has sent
/// ``TurnEvent/started(conversationID:)``, so the turn can be retried.
public enum TurnError: Error, Equatable, Sendable, CustomStringConvertible {
    case provider(ProviderError)
    /// An unknown conversation, or one another chattui is busy in.
    case conversation(ConversationError)
    case emptyMessage
    /// The newest user message alone does not fit the context budget.
    case messageTooLong(tokens: Int, allowance: Int)
    /// Nothing awaits an answer: the conversation ends with a finished reply.
    case nothingToRetry(conversationID: Int64)
    /// The model kept calling tools; the changes of the rounds it made are saved.
    case tooManyToolRounds(Int)
    /// The database refused a read or write.
    case storage(String)

    public var description: String {
        switch self {
        case .provider(let error):
            error.description
        case .conversation(let error):
            error.description
        case .emptyMessage:
            "The message is empty; there is nothing to send."
        case .messageTooLong(_, let allowance) where allowance <= 0:
            "The context budget (CHATTUI_CONTEXT_TOKENS) leaves no room for a message once the system prompt, "
                + "the tools and the \(ContextBudget.replyReserve) tokens kept for the reply are counted; "
                + "raise it. The message is saved."
        case .messageTooLong(let tokens, let allowance):
            "The message is about \(tokens) tokens, more than the \(allowance) a request can hold "
                + "(CHATTUI_CONTEXT_TOKENS, less the system prompt, the tools and the \(ContextBudget.replyReserve) "
                + "tokens kept for the reply). It is saved; send a shorter one or raise CHATTUI_CONTEXT_TOKENS."
        case .nothingToRetry(let id):
            "Conversation \(id) has no unanswered message to retry: it ends with a finished reply."
        case .tooManyToolRounds(let rounds):
            "Stopped after \(rounds) rounds of tool calls without an answer; the changes made so far are saved. "
                + "Ask again to let the model continue, or rephrase the request."
        case .storage(let detail):
            "Could not use the database: \(detail)"
        }
    }

    /// Sorts any error a turn meets into a case: the typed ones keep their words,
    /// anything else came from the database.
    init(_ error: any Error) {
        switch error {
        case let error as TurnError: self = error
        case let error as ProviderError: self = .provider(error)
        case let error as ConversationError: self = .conversation(error)
        default: self = .storage(String(describing: error))
        }
    }
}
