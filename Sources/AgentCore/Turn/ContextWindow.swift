import Persistence

/// The newest stretch of a conversation that fits a token allowance, gathered from the
/// newest message backwards so that only the window is ever read.
///
/// Messages are taken in units that the chat-completions API accepts on their own: a
/// user, system or plain assistant message, or an assistant message with tool calls
/// followed by one result per call, in call order. A call with no stored result is
/// answered `{"error": "interrupted"}`; tool messages that answer no call of the
/// assistant message just before them are dropped, as are assistant messages with
/// nothing in them (a reply cancelled before its first word). So the window never
/// starts with a tool message and never separates a call from its result.
///
/// An interrupted reply after the newest user message is left out too: only a retry meets
/// one, and it answers that user message again, so the request ends as the first one did
/// instead of on a half reply (which some servers refuse as a final assistant message).
/// Older interrupted replies stay: the model said them, and the person read them.
///
/// The newest user message and everything after it (the turn in progress) are always
/// taken; older units are taken while they fit, and the first that does not closes the
/// window, so the history sent has no gaps.
struct ContextWindow {
    static let interruptedResult = #"{"error": "interrupted"}"#

    let allowance: Int
    /// The tool-call messages of the turn in progress that this model made carry their
    /// reasoning back (DeepSeek's thinking mode requires it within a turn); older turns and
    /// other models' messages never do.
    var reasoningModel: String?
    private var remaining: Int
    /// Newest first.
    private var units: [[ChatMessage]] = []
    /// Tool results met before (newer than) the assistant message that called them, newest first.
    private var waiting: [StoredMessage] = []
    private var foundNewestUser = false
    /// True once an older unit cannot fit: nothing older is wanted.
    private(set) var isFull = false

    init(allowance: Int) {
        self.allowance = allowance
        remaining = allowance
    }

    /// The window, oldest first.
    var messages: [ChatMessage] { units.reversed().flatMap { $0 } }

    /// Offers `message`, which is older than every message offered before.
    ///
    /// Throws ``TurnError/messageTooLong(tokens:allowance:)`` when it is the newest
    /// user message and does not fit even alone.
    mutating func offer(_ message: StoredMessage) throws(TurnError) {
        guard !isFull else { return }
        switch message.role {
        case .tool:
            waiting.append(message)
            // Whatever called them must bring them along: if they cannot fit, neither can it.
            if foundNewestUser, waiting.reduce(0, { $0 + ContextBudget.cost(of: Self.chatMessage($1)) }) > remaining {
                isFull = true
            }
        case .assistant where !message.toolCalls.isEmpty:
            take(answering(message))
        case .assistant where message.content.isEmpty || (message.interrupted && !foundNewestUser):
            waiting = []
        case .user where !foundNewestUser:
            let user = Self.chatMessage(message)
            let cost = ContextBudget.cost(of: user)
            guard cost <= allowance else { throw .messageTooLong(tokens: cost, allowance: allowance) }
            waiting = []
            take([user])
            foundNewestUser = true
        case .user, .assistant, .system:
            waiting = []
            take([Self.chatMessage(message)])
        }
    }

    /// The call message followed by the result of each call, taken from `waiting`
    /// oldest first so that a duplicate result is the one dropped.
    private mutating func answering(_ assistant: StoredMessage) -> [ChatMessage] {
        var unit = [Self.chatMessage(assistant)]
        if !foundNewestUser, let model = reasoningModel, assistant.model == model, let reasoning = assistant.reasoning {
            unit[0].reasoning = Reasoning(text: reasoning.text, field: reasoning.field)
        }
        for call in assistant.toolCalls {
            if let index = waiting.lastIndex(where: { $0.toolCallID == call.id }) {
                unit.append(.tool(callID: call.id, result: waiting[index].content))
                waiting.remove(at: index)
            } else {
                unit.append(.tool(callID: call.id, result: Self.interruptedResult))
            }
        }
        waiting = []
        return unit
    }

    private mutating func take(_ unit: [ChatMessage]) {
        let cost = unit.reduce(0) { $0 + ContextBudget.cost(of: $1) }
        guard !foundNewestUser || cost <= remaining else {
            isFull = true
            return
        }
        units.append(unit)
        remaining -= cost
    }

    static func chatMessage(_ message: StoredMessage) -> ChatMessage {
        let role: ChatMessage.Role =
            switch message.role {
            case .system: .system
            case .user: .user
            case .assistant: .assistant
            case .tool: .tool
            }
        return ChatMessage(
            role: role, content: message.content,
            toolCalls: message.toolCalls.map(ToolCall.init(replaying:)),
            toolCallID: message.toolCallID)
    }
}
