/// Why a slash command was not run, worded for the status bar.
enum SlashCommandError: Error, Hashable, Sendable {
    case unknown(String)
    case unexpectedArgument(String)
    case resumeNeedsID(String?)
    case searchNeedsText
    case modelNameHasSpaces

    var message: String {
        switch self {
        case .unknown(let name):
            "Unknown command '\(name)'. Try /new, /resume ID, /tasks, /search TEXT, /panel, /model, /copy, /help or /quit."
        case .unexpectedArgument(let name):
            "'\(name)' takes nothing after it."
        case .resumeNeedsID(let given?):
            "'\(given)' is not a conversation id. Type /resume 12, or press Ctrl-O to pick one."
        case .modelNameHasSpaces:
            "A model name has no spaces: type /model NAME, or /model alone to list them."
        case .searchNeedsText:
            "/search needs the text to find, such as /search dentist. Ctrl-F asks for it."
        case .resumeNeedsID(nil):
            "/resume needs a conversation id, such as /resume 12. Ctrl-O lists them."
        }
    }
}
