import ArgumentParser
import Foundation
import Persistence

/// `chattui tasks import FILE`: brings tasks in from Taskwarrior, todo.txt or chattui's JSON,
/// adding what is new and updating what changed, in one transaction.
struct TasksImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add and update tasks from a Taskwarrior, todo.txt or chattui JSON file.",
        discussion: """
            A task of the file is one already stored when its title (ignoring case) and due date \
            are the same: its state, priority, tags and repeat (and description, except from \
            todo.txt) are updated from the file, so importing the same file again changes nothing. \
            A file with any line that cannot be read is refused whole. Without --format, a .txt \
            file is todo.txt and a .json file is Taskwarrior's when its tasks have a description \
            and an entry or uuid, chattui's otherwise.
            """)

    @Argument(help: ArgumentHelp("The file to read; '-' reads stdin.", valueName: "file")) var file: String
    @Option(help: "The file format (default: from the file's name and contents).") var format: TaskFileFormat?
    @Flag(name: .customLong("dry-run"), help: "Show what would change and write nothing.") var dryRun = false
    @OptionGroup var database: DatabaseOptions
    @ParentCommand var root: ChatTUICommand

    func validate() throws {
        try root.rejectChatOptions(for: "tasks import")
    }

    func run() async throws {
        let text = try await ImportSource(file).text()
        guard let format = format ?? Self.guessedFormat(of: file, text: text) else {
            throw ValidationError("Cannot tell the format of \(file); give --format json, taskwarrior or todotxt.")
        }
        let context = try AppContext.open(database)
        let tasks = context.tasks(source: .cli)
        let imported: [ImportedTask]
        do {
            imported = try TaskFile.tasks(in: text, as: format, clock: context.clock)
        } catch {
            throw ImportFailure(message: "\(file): \(error)")
        }
        let stored = try tasks.list(TaskQuery(status: .all, sort: .created, limit: nil)).tasks
        let plan = TaskImportPlan(importing: imported, into: stored, format: format)
        if !dryRun { try plan.apply(to: tasks, file: file) }
        let report = ImportReport(dryRun: dryRun)
        let summary = report.counts(for: plan).sentenceCased + (dryRun ? " " + ImportReport.nothingWritten : "")
        var output = StandardOutput()
        output.write(ImportReport.text(report.lines(for: plan) + [summary]))
    }

    static func guessedFormat(of file: String, text: String) -> TaskFileFormat? {
        if file.lowercased().hasSuffix(".txt") { return .todotxt }
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.first == "[" || trimmed.first == "{" else { return file == "-" ? .todotxt : nil }
        let looksLikeTaskwarrior = text.contains("\"description\"") && (text.contains("\"entry\"") || text.contains("\"uuid\""))
        return looksLikeTaskwarrior ? .taskwarrior : .json
    }
}
