import Foundation

/// A line typed after "/" in the chat input.
enum SlashCommand: Hashable, Sendable {
    case new
    case resume(Int64)
    case tasks
    case help
    case quit
    case copy
    case search(String)
    case panel
    /// `/model` alone (nil) lists the server's models; with a name it switches to it.
    case model(String?)

    /// Each command as typed, and what it does, for the help screen.
    static let usage: [(String, String)] = [
        ("/new", "start a new conversation"),
        ("/resume ID", "open conversation ID"),
        ("/tasks", "the task review"),
        ("/search TEXT", "list the messages and tasks holding TEXT (Ctrl-F)"),
        ("/panel", "show or hide the task panel beside the chat (F3)"),
        ("/model [NAME]", "use model NAME in this conversation from the next turn; alone, list the server's models"),
        ("/copy", "put the last reply on the clipboard (OSC 52: works over SSH and in tmux)"),
        ("/help", "this help"),
        ("/quit, /exit", "quit"),
    ]

    /// The command, or a sentence saying what was wrong with the line.
    static func parse(_ line: String) -> Result<SlashCommand, SlashCommandError> {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first else { return .failure(.unknown(line)) }
        let arguments = words.dropFirst()
        switch name.lowercased() {
        case "/new": return arguments.isEmpty ? .success(.new) : .failure(.unexpectedArgument(name))
        case "/tasks": return arguments.isEmpty ? .success(.tasks) : .failure(.unexpectedArgument(name))
        case "/help": return .success(.help)
        case "/quit", "/exit": return .success(.quit)
        case "/copy": return .success(.copy)
        case "/panel": return arguments.isEmpty ? .success(.panel) : .failure(.unexpectedArgument(name))
        case "/model":
            guard arguments.count <= 1 else { return .failure(.modelNameHasSpaces) }
            return .success(.model(arguments.first))
        case "/search":
            let text = line.drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? .failure(.searchNeedsText) : .success(.search(text))
        case "/resume":
            guard arguments.count == 1, let word = arguments.first, let id = Int64(word.trimmingPrefix("#")), id > 0
            else { return .failure(.resumeNeedsID(arguments.first)) }
            return .success(.resume(id))
        default:
            return .failure(.unknown(name))
        }
    }
}
