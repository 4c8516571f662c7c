/// A line typed after "/" in the chat input.
enum SlashCommand: Hashable, Sendable {
    case new
    case resume(Int64)
    case tasks
    case help
    case quit
    case copy

    static let helpText = """
        Commands: /new  /resume ID  /tasks  /copy  /help  /quit
        Keys: Enter send · Alt-Enter or Ctrl-J newline · ↑/↓ history · Esc stop the reply
        Ctrl-R retry after an error · PgUp/PgDn scroll · F2 or Ctrl-T tasks · Ctrl-O conversations
        Ctrl-C stops a reply, or quits when none is running · Shift-drag selects text
        """

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
        case "/resume":
            guard arguments.count == 1, let word = arguments.first, let id = Int64(word.trimmingPrefix("#")), id > 0
            else { return .failure(.resumeNeedsID(arguments.first)) }
            return .success(.resume(id))
        default:
            return .failure(.unknown(name))
        }
    }
}
