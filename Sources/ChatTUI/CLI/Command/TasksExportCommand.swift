import ArgumentParser
import Persistence

/// `chattui tasks export`: every task, done or not, to stdout in one of the file formats.
struct TasksExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print every task as Taskwarrior JSON, todo.txt or chattui's JSON.",
        discussion: """
            Redirect it to a file: chattui tasks export --format todotxt > todo.txt. \
            todo.txt has no place for descriptions; a note on stderr says how many were left out.
            """)

    @Option(help: "The file format.") var format: TaskFileFormat = .json
    @OptionGroup var database: DatabaseOptions
    @ParentCommand var root: ChatTUICommand

    func validate() throws {
        try root.rejectChatOptions(for: "tasks export")
    }

    func run() throws {
        let context = try AppContext.open(database, access: .readOnly)
        let tasks = try context.tasks(source: .cli).list(TaskQuery(status: .all, sort: .created, limit: nil)).tasks
        var output = StandardOutput()
        output.write(TaskFile.text(of: tasks, as: format, in: context.clock.timeZone))
        let described = tasks.count { $0.description != nil }
        if !format.carriesDescription, described > 0 {
            StandardError.writeLine("chattui: todo.txt has no place for descriptions; \(described) were left out")
        }
    }
}
