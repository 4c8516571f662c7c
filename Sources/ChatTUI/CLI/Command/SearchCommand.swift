import ArgumentParser
import AgentCore
import Foundation
import Persistence

/// `chattui search TEXT`: every message and task of the user that holds the text.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find text in every conversation and task, newest first.",
        discussion: """
            Matches hold TEXT in any case, taken literally (at least 3 characters): user and \
            assistant messages of conversations that are not deleted, and task titles and descriptions.
            """)

    @Argument(help: ArgumentHelp("The text to find; several words are searched as one text.", valueName: "text"))
    var words: [String] = []
    @Option(parsing: .unconditional, help: ArgumentHelp("List at most this many matches.", valueName: "n"))
    var limit = 20
    @Flag(help: "Print JSON instead of lines.") var json = false
    @OptionGroup var database: DatabaseOptions
    @ParentCommand var root: ChatTUICommand

    func validate() throws {
        try root.rejectChatOptions(for: "search")
        if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit).") }
        let text = try searchText()
        if !text.usesIndex { throw ValidationError(SearchError.tooShort(text.text).description) }
    }

    func run() throws {
        let context = try AppContext.open(database, access: .readOnly)
        let results = try SearchService(database: context.database, user: context.user)
            .search(try searchText(), limit: limit)
        var output = StandardOutput()
        if json {
            output.write(SearchJSON.results(results).prettyText + "\n")
            return
        }
        guard !results.matches.isEmpty else {
            return output.write("No message or task holds '\(TerminalSanitizer.sanitize(try searchText().text, keepNewlines: false))'.\n")
        }
        let marks: SearchListing.Marks = isatty(STDOUT_FILENO) == 1 ? .bold : .brackets
        output.write(SearchListing(results.matches, marks: marks, timeZone: context.clock.timeZone).text + "\n")
        if results.truncated {
            output.write("…and older matches (raise --limit to see them)\n")
        }
    }

    private func searchText() throws -> SearchText {
        guard let text = SearchText(words.joined(separator: " ")) else {
            throw ValidationError("Give the text to search for.")
        }
        return text
    }
}
