import ArgumentParser

/// `chattui`: the root command. Without a subcommand it opens the chat.
public struct ChatTUICommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "chattui",
        abstract: "Talk in plain language to an agent that keeps your to-do list.",
        version: ChatTUIVersion.current,
        subcommands: [
            AskCommand.self, TasksCommand.self, ConversationsCommand.self, ShowCommand.self, MCPCommand.self,
        ])

    @OptionGroup public var global: GlobalOptions
    @OptionGroup public var conversation: ConversationOptions

    public init() {}

    public func run() throws {
        // The chat screen arrives with the TUI; until then the front door is the help text.
        print(Self.helpMessage())
    }

    /// Rejects root-level options a read-only subcommand would silently ignore.
    ///
    /// The parser accepts a parent command's options anywhere on the line, so
    /// `chattui tasks --model x` would parse; a person should hear that it did nothing.
    func rejectChatOptions(for subcommand: String) throws {
        let given = global.provider.givenFlags + conversation.givenFlags
        if let first = given.first {
            throw ValidationError("'\(first)' does not apply to 'chattui \(subcommand)'.")
        }
    }
}

/// The version `--version` prints.
public enum ChatTUIVersion {
    public static let current = "0.1.0"
}
