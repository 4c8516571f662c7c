import ArgumentParser

/// The files `chattui tasks export` writes and `chattui tasks import` reads.
enum TaskFileFormat: String, CaseIterable, ExpressibleByArgument {
    /// chattui's own: every field, as `chattui tasks --json` shows a task.
    case json
    /// Taskwarrior's `task export` / `task import` format.
    case taskwarrior
    /// One task per line, in todo.txt's format.
    case todotxt

    /// todo.txt has no place for a description: importing it leaves descriptions alone.
    var carriesDescription: Bool { self != .todotxt }
}
