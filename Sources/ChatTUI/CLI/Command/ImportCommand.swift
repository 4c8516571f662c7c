import ArgumentParser
import Foundation
import Persistence

/// `chattui import FILE`: brings in a `chattui export`, adding what this database lacks.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring in a 'chattui export': the conversations and tasks this database lacks.",
        discussion: """
            A conversation already here (begun at the same second with the same first message) \
            gets only its newer messages; a task already here (same title and due date) is \
            updated to match the file. So importing the same file again changes nothing. Each \
            conversation, and the tasks, are written in one transaction each; an import cut \
            short is finished by running it again.
            """)

    @Argument(help: ArgumentHelp("The export to read; '-' reads stdin.", valueName: "file")) var file: String
    @Flag(name: .customLong("dry-run"), help: "Show what would change and write nothing.") var dryRun = false
    @OptionGroup var database: DatabaseOptions
    @ParentCommand var root: ChatTUICommand

    func validate() throws {
        try root.rejectChatOptions(for: "import")
    }

    func run() async throws {
        let text = try await ImportSource(file).text()
        let context = try AppContext.open(database)
        let document: (conversations: [ImportedConversation], tasks: [ImportedTask])
        do {
            document = try ChattuiExport.read(text, clock: context.clock)
        } catch {
            throw ImportFailure(message: "\(file): \(error)")
        }
        var added = 0
        var extended = 0
        var unchanged = 0
        for conversation in document.conversations {
            switch try context.conversations.importConversation(conversation, dryRun: dryRun) {
            case .added: added += 1
            case .extended: extended += 1
            case .unchanged: unchanged += 1
            }
        }
        let tasks = context.tasks(source: .cli)
        let stored = try tasks.list(TaskQuery(status: .all, sort: .created, limit: nil)).tasks
        let plan = TaskImportPlan(importing: document.tasks, into: stored, format: .json)
        if !dryRun { try plan.apply(to: tasks, file: file) }
        let report = ImportReport(dryRun: dryRun)
        let conversationCounts = report.counts(
            added: added, changed: extended, unchanged: unchanged, change: ("extended", "extend"))
        var lines = report.lines(for: plan)
        lines += ["Conversations: \(conversationCounts)", "Tasks: \(report.counts(for: plan))"]
        if dryRun { lines.append(ImportReport.nothingWritten) }
        var output = StandardOutput()
        output.write(ImportReport.text(lines))
    }
}
