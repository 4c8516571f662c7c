/// The task review's keys: the one table `update` reads and the hint line and `?` overlay print.
enum ReviewKeymap {
    static let bindings: [KeyBinding<ReviewAction>] = ListMove.bindings(
        next: "the next task", previous: "the task before", first: "the first task",
        last: "the last task, however many there are", ReviewAction.move
    ) + [
        KeyBinding([.character(" ")], "space", "mark done, or not done again", .toggleDone),
        KeyBinding([.character("a")], "a", "add a task, as in the chat: “call mom tomorrow #family high”", .add),
        KeyBinding([.character("e")], "e", "edit the title", .editTitle),
        KeyBinding([.character("t")], "t", "edit the tags", .tags),
        KeyBinding([.character("D")], "D", "set or clear the due date: tomorrow, fri, 3 June 17:00, ISO", .due),
        KeyBinding([.character("r")], "r", "set how it repeats: daily, weekly, every 3 days, every monday", .recurrence),
        KeyBinding([.character("p")], "p", "priority: none, low, medium, high, none", .priority),
        KeyBinding([.character("d")], "d", "delete (u brings it back)", .delete),
        KeyBinding([.character("u")], "u", "undo the newest change, from here, the chat or MCP", .undo),
        KeyBinding([.enter], "Enter", "details: description (e edits it), times and history", .details),
        KeyBinding([.character("f")], "f", "show pending, completed or all", .filter),
        KeyBinding([.character("s")], "s", "sort by created, due, priority or title", .sort),
        KeyBinding([.character("/")], "/", "filter by text in the title or description", .search),
        KeyBinding([.character("?")], "?", "this list of keys", .help),
        KeyBinding([.character("q"), .escape], "q, Esc", "back to the chat", .back),
    ]

    /// The actions the one-line hint names, `?` first so a narrow screen still shows where
    /// the rest are, then the most used.
    static let hinted: [ReviewAction] = [
        .help, .toggleDone, .add, .editTitle, .details, .delete, .undo, .sort, .filter, .search, .back,
    ]

    private static let actions: [Key: ReviewAction] = bindings.reduce(into: [:]) { table, binding in
        for key in binding.keys { table[key] = binding.action }
    }

    static func action(for key: Key) -> ReviewAction? {
        actions[key]
    }

    /// "? help  space done  a add …": each hinted action's first key and word.
    static var hintLine: String {
        HintLine.of(bindings, naming: hinted, word: \.word)
    }
}
