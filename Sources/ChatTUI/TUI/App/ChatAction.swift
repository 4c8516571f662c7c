/// What a key does on the chat screen; ``ChatKeymap`` says which keys do it.
enum ChatAction: Hashable, Sendable {
    case send, newline
    /// An editing key: the input editor applies it (`InputEditor+Keys.swift`).
    case edit
    case homeOrTop, endOrFollow, deleteOrQuit
    case lineUpOrHistory, lineDownOrHistory
    case pageUp, pageDown, wheel, top, follow
    case stopReply, interrupt, retry
    case tasks, panel, conversations, search, help
    /// Ctrl-Z: the terminal loop suspends before `update` sees it; listed for the help.
    case suspend
}
