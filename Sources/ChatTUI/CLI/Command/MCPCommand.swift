import ArgumentParser
import Logging

/// `chattui mcp`: the task tools for any MCP client, on the database the TUI uses.
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the five task tools over the Model Context Protocol on stdio.",
        discussion: """
            An MCP client starts this command and talks JSON-RPC on its stdin and stdout; \
            logs go to stderr. It ends when stdin closes. See docs/mcp.md.
            """)

    @OptionGroup var database: DatabaseOptions
    @ParentCommand var root: ChatTUICommand

    func validate() throws { try root.rejectChatOptions(for: "mcp") }

    func run() throws {
        // Stdout carries the protocol and nothing else; stderr gets what clients send made inert.
        LoggingSystem.bootstrap(SanitizingLogHandler.init)
        let context = try AppContext.open(database)
        let server = TaskToolServer(tasks: context.tasks(source: .mcp), logger: Logger(label: "chattui.mcp"))
        try server.serveStandardStreams()
    }
}
