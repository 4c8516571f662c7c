/// What the chat is doing, as the status bar names it.
enum Activity: Hashable, Sendable {
    case idle
    /// Sent; nothing has come back yet.
    case thinking(SentTurn)
    /// Text or tool calls are arriving.
    case streaming(SentTurn)
    /// The last turn failed; Ctrl-R tries it again.
    case failed(SentTurn)

    /// The turn whose updates are still wanted, if one is running.
    var runningTurn: SentTurn? {
        switch self {
        case .thinking(let turn), .streaming(let turn): turn
        case .idle, .failed: nil
        }
    }

    var label: String {
        switch self {
        case .idle: "idle"
        case .thinking: "thinking"
        case .streaming: "streaming"
        case .failed: "error"
        }
    }
}
