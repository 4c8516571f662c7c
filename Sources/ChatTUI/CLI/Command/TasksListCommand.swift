import AgentCore
import ArgumentParser
import Persistence

/// `chattui tasks` (or `chattui tasks list`): the task list, filtered and sorted like the
/// `list_tasks` tool.
struct TasksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List your tasks (what `chattui tasks` does without a subcommand).",
        discussion: "Unlike the list_tasks tool, every match is listed unless --limit is given.")

    @Option(help: "Which tasks to list.") var status: TaskStatusFilter = .all
    @Option(help: "Only tasks of this priority.") var priority: Priority?
    @Option(help: ArgumentHelp("Only tasks with this tag.", valueName: "tag")) var tag: String?
    @Option(help: ArgumentHelp("Only tasks whose title or description contains this text.", valueName: "text"))
    var search: String?
    @Option(name: .customLong("due-before"), help: ArgumentHelp(
        "Only tasks due on or before this day (a date, or 'friday', 'end of week', …).", valueName: "date"))
    var dueBefore: String?
    @Option(help: "The order of the list.") var sort: TaskSort = .created
    @Option(parsing: .unconditional, help: ArgumentHelp("List at most this many.", valueName: "n"))
    var limit: Int?
    @Flag(help: "Print the list_tasks JSON result instead of lines.") var json = false
    @OptionGroup var database: DatabaseOptions
    @ParentCommand var root: ChatTUICommand

    func validate() throws {
        try root.rejectChatOptions(for: "tasks")
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit).") }
    }

    func run() throws {
        let context = try AppContext.open(database, access: .readOnly)
        let query = try query(clock: context.clock)
        var output = StandardOutput()
        if json {
            var writer = TaskListJSONWriter { output.write($0) }
            let summary = try context.tasks(source: .cli).stream(query) { writer.write($0) }
            return writer.finish(summary)
        }
        let page = try context.tasks(source: .cli).list(query)
        guard !page.tasks.isEmpty else {
            return output.write(status == .all ? "No tasks.\n" : "No \(status.rawValue) tasks.\n")
        }
        for task in page.tasks {
            output.write(TerminalSanitizer.sanitize(TaskLine(task, clock: context.clock).text, keepNewlines: false) + "\n")
        }
        if page.truncated {
            output.write("…and \(page.count - page.tasks.count) more (raise --limit to see them)\n")
        }
    }

    private func query(clock: TaskClock) throws -> TaskQuery {
        var query = TaskQuery(status: status, sort: sort, limit: limit)
        query.priority = priority
        query.tag = tag
        query.search = search
        if let dueBefore {
            do {
                query.dueBefore = try Due.parse(dueBefore, clock: clock).localDate(in: clock.timeZone)
            } catch {
                throw ValidationError("--due-before: \(error)")
            }
        }
        return query
    }
}

extension TaskStatusFilter: ExpressibleByArgument {}
extension TaskSort: ExpressibleByArgument {}
extension Priority: ExpressibleByArgument {}
