/// Which screen has the keyboard. The chat's own state lives on in `AppState` while another
/// screen is open, so returning to it loses nothing.
enum Screen: Hashable, Sendable {
    case chat
    case review(TaskReview)
    case picker(ConversationPicker)
    /// Matches across every conversation and task (Ctrl-F, `/search TEXT`).
    case search(SearchScreen)
    /// Every key and command (F1, `/help`), over the chat.
    case help(HelpScreen)
}
