/// What the chat is doing, as the status bar names it.
enum Activity: Hashable, Sendable {
    case idle
    /// Sent; nothing has come back yet.
    case thinking(SentTurn)
    /// Text or tool calls are arriving.
    case streaming(SentTurn)
    /// The last turn failed; Ctrl-R tries it again.
    case failed(SentTurn)
    /// The conversation opened on a user message nobody answered (a turn that failed, was
    /// quit or crashed in an earlier run); Ctrl-R answers it.
    case unanswered(SentTurn)

    /// The turn whose updates are still wanted, if one is running.
    var runningTurn: SentTurn? {
        switch self {
        case .thinking(let turn), .streaming(let turn): turn
        case .idle, .failed, .unanswered: nil
        }
    }

    var label: String {
        switch self {
        case .idle: "idle"
        case .thinking: "thinking"
        case .streaming: "streaming"
        case .failed: "error"
        case .unanswered: "not answered"
        }
    }
}
