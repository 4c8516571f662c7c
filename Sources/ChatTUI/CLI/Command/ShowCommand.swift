import ArgumentParser
import Persistence

/// `chattui show ID`: a conversation's transcript.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a conversation's transcript (Markdown, or JSON with --json).")

    @Argument(help: ArgumentHelp("The conversation id (see 'chattui conversations').", valueName: "id"))
    var id: Int64
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Print JSON instead of Markdown.") var json = false
    @ParentCommand var root: ChatTUICommand

    /// Messages are read and printed a page at a time, so a transcript of any length
    /// starts printing at once and never sits whole in memory.
    static let pageSize = 500

    func validate() throws {
        try root.rejectChatOptions(for: "show")
        if id < 1 { throw ValidationError(Self.positiveIDMessage("\(id)")) }
    }

    static func positiveIDMessage(_ id: String) -> String { "Conversation ids are positive: \(id)." }

    func run() throws {
        let service = try AppContext.open(database, access: .readOnly).conversations
        let conversation = try service.conversation(id: id)
        var output = StandardOutput()
        var transcript: any TranscriptWriter =
            json ? JSONTranscriptWriter(conversation) : MarkdownTranscriptWriter(conversation)
        output.write(transcript.header())
        var after: Int64?
        while true {
            let page = try service.messages(in: id, after: after, limit: Self.pageSize)
            for message in page { output.write(transcript.entry(for: message)) }
            guard let last = page.last, page.count == Self.pageSize else { break }
            after = last.id
        }
        output.write(transcript.footer())
    }
}
