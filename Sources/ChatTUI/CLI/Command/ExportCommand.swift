import ArgumentParser
import Persistence

/// `chattui export`: all of this user's conversations and tasks as one JSON document, to
/// move them to another database (`chattui import`) or keep as a backup.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print all your conversations and tasks as one JSON document.",
        discussion: "Redirect it to a file: chattui export > chattui.json; 'chattui import' reads it back.")

    @OptionGroup var database: DatabaseOptions
    @ParentCommand var root: ChatTUICommand

    /// Messages are read a page at a time, so any history is exported in little memory.
    static let pageSize = 1_000

    func validate() throws {
        try root.rejectChatOptions(for: "export")
    }

    func run() throws {
        let context = try AppContext.open(database, access: .readOnly)
        let conversations = context.conversations
        // Listed before anything is written, so a database that cannot be read prints no half document.
        let listed = try conversations.list(limit: nil)
        var output = StandardOutput()
        output.write(ChattuiExport.header(exportedAt: context.clock.now))
        for (index, conversation) in listed.reversed().enumerated() {
            output.write(ChattuiExport.conversationStart(conversation, first: index == 0))
            var after: Int64?
            var first = true
            while true {
                let page = try conversations.messages(in: conversation.id, after: after, limit: Self.pageSize)
                for message in page {
                    output.write(ChattuiExport.message(message, first: first))
                    first = false
                }
                guard let last = page.last, page.count == Self.pageSize else { break }
                after = last.id
            }
            output.write(ChattuiExport.conversationEnd)
        }
        let tasks = try context.tasks(source: .cli).list(TaskQuery(status: .all, sort: .created, limit: nil)).tasks
        output.write(ChattuiExport.footer(tasks: tasks))
    }
}
