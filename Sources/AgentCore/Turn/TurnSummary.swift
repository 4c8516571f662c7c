import Persistence

/// How a turn ended, for the status line and `ask --json`.
public struct TurnSummary: Sendable, Equatable {
    public enum Ending: Sendable, Equatable {
        case answered
        /// The server stopped the reply at its length limit (`finish_reason: length`).
        case cutOff
        /// Cancelled: what had streamed is saved, marked interrupted.
        case interrupted
    }

    public var conversationID: Int64
    /// The text of the turn's last step: the answer, or what had streamed when cut short.
    public var reply: String
    public var ending: Ending
    /// Summed over the turn's steps; nil when the provider reported none.
    public var usage: TokenUsage?
    /// The name stored on the turn's assistant messages.
    public var model: String

    public init(conversationID: Int64, reply: String, ending: Ending, usage: TokenUsage?, model: String) {
        self.conversationID = conversationID
        self.reply = reply
        self.ending = ending
        self.usage = usage
        self.model = model
    }

    public var interrupted: Bool { ending == .interrupted }
    public var cutOff: Bool { ending == .cutOff }
}
