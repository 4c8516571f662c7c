import ArgumentParser
import Foundation

/// `chattui`: the root command. Without a subcommand it opens the chat.
public struct ChatTUICommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "chattui",
        abstract: "Talk in plain language to an agent that keeps your to-do list.",
        version: ChatTUIVersion.current,
        subcommands: [
            AskCommand.self, TasksCommand.self, ConversationsCommand.self, ShowCommand.self, SearchCommand.self,
            ExportCommand.self, ImportCommand.self, MCPCommand.self,
        ])

    @OptionGroup public var global: GlobalOptions
    @OptionGroup public var conversation: ConversationOptions

    public init() {}

    /// Opens the chat. Everything that can fail with a message (no terminal, an unknown
    /// conversation, a database that will not open) fails before the screen is taken, and
    /// only one page of history is read before the first frame.
    public func run() async throws {
        try ChatScreen.requireTerminal()
        let environment = ProcessInfo.processInfo.environment
        let context = try AppContext.open(global.database, environment: environment)
        let wiring = try AgentWiring(context: context, options: global.provider, environment: environment)
        let store = ChatStore(conversations: context.conversations, tasks: context.tasks(source: .tui))
        var state = AppState(
            size: Size(rows: 24, cols: 80), session: wiring.session, now: context.clock.now,
            timeZone: context.clock.timeZone)
        if let id = try await conversation.target(in: context.conversations) {
            _ = update(&state, .conversationLoaded(try store.newestPage(of: id)))
        } else {
            _ = update(&state, .draftLoaded(conversationID: nil, try context.conversations.draft(for: nil)))
        }
        try await ChatScreen.run(state) { inbox in
            Runtime(agent: wiring.agent, store: store, database: context.database, inbox: inbox)
        }
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
