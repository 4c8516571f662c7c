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
        let text = try await contents()
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
        if !dryRun {
            do {
                try tasks.transaction { editor in
                    for step in plan.steps {
                        switch step {
                        case .add(let task): _ = try editor.add(task)
                        case .update(let task, let patch, _): _ = try editor.update(id: task.id, patch)
                        case .unchanged: break
                        }
                    }
                }
            } catch let error as TaskInputError {
                throw ImportFailure(message: "\(file): nothing was imported: \(error)")
            }
        }
        var output = StandardOutput()
        output.write(ImportReport(plan: plan, dryRun: dryRun).text)
    }

    private func contents() async throws -> String {
        if file == "-" { return await StandardInput.readAll() }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ImportFailure(message: "cannot read \(file)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func guessedFormat(of file: String, text: String) -> TaskFileFormat? {
        if file.lowercased().hasSuffix(".txt") { return .todotxt }
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.first == "[" || trimmed.first == "{" else { return file == "-" ? .todotxt : nil }
        let looksLikeTaskwarrior = text.contains("\"description\"") && (text.contains("\"entry\"") || text.contains("\"uuid\""))
        return looksLikeTaskwarrior ? .taskwarrior : .json
    }
}

/// An import that stopped before writing anything, worded for stderr.
struct ImportFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
