import ArgumentParser

/// `chattui tasks`: lists the tasks, or with `export` and `import` moves them to and from
/// Taskwarrior, todo.txt and chattui's own JSON.
struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "List your tasks, or export and import them (Taskwarrior, todo.txt, JSON).",
        subcommands: [TasksListCommand.self, TasksExportCommand.self, TasksImportCommand.self],
        defaultSubcommand: TasksListCommand.self)
}
