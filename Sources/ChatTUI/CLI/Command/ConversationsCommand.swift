import ArgumentParser
import Persistence

/// `chattui conversations`: every conversation, newest first.
struct ConversationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conversations",
        abstract: "List your conversations, newest first.")

    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Print JSON instead of a table.") var json = false
    @ParentCommand var root: ChatTUICommand

    func validate() throws { try root.rejectChatOptions(for: "conversations") }

    func run() throws {
        let conversations = try AppContext.open(database, access: .readOnly).conversations.list(limit: nil)
        if json {
            print(ConversationJSON.list(conversations).prettyText)
        } else if conversations.isEmpty {
            print("No conversations yet. Run 'chattui' to start one.")
        } else {
            print(ConversationTable(conversations).text)
        }
    }
}
