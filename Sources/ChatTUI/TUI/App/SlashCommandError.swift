/// Why a slash command was not run, worded for the status bar.
enum SlashCommandError: Error, Hashable, Sendable {
    case unknown(String)
    case unexpectedArgument(String)
    case resumeNeedsID(String?)
    case searchNeedsText

    var message: String {
        switch self {
        case .unknown(let name):
            "Unknown command '\(name)'. Try /new, /resume ID, /tasks, /search TEXT, /copy, /help or /quit."
        case .unexpectedArgument(let name):
            "'\(name)' takes nothing after it."
        case .resumeNeedsID(let given?):
            "'\(given)' is not a conversation id. Type /resume 12, or press Ctrl-O to pick one."
        case .searchNeedsText:
            "/search needs the text to find, such as /search dentist. Ctrl-F asks for it."
        case .resumeNeedsID(nil):
            "/resume needs a conversation id, such as /resume 12. Ctrl-O lists them."
        }
    }
}
