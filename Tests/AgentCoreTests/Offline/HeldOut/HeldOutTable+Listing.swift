@testable import AgentCore

/// Listing, searching, filtering and sorting, and the nouns people use for the list itself.
extension HeldOutTable {
    static let listing = HeldOutMatrix.rows([
        "show me {o}", "list {o}", "display {o}", "can you show {o}?", "give me {o}", "let me see {o}",
    ], objects: [
        .init("my tasks"), .init("all my tasks"), .init("my todos"), .init("my list"),
        .init("my pending tasks", ["status": "pending"]), .init("my completed tasks", ["status": "completed"]),
    ]) { .lists($0) }
        + [
            HeldOutCase("what's left", .lists(["status": "pending"])),
            HeldOutCase("what do I have", .lists(["status": "pending"])),
            HeldOutCase("what's on my plate", .lists(["status": "pending"])),
            HeldOutCase("what do I need to do?", .lists(["status": "pending"])),
            HeldOutCase("anything left to do?", .lists(["status": "pending"])),
            HeldOutCase("what have I got on", .lists(["status": "pending"])),
            HeldOutCase("what have I done so far", .lists(["status": "completed"])),
            HeldOutCase("what did I complete", .lists(["status": "completed"])),
            HeldOutCase("show everything, done ones too", .lists(["status": "all"])),
            HeldOutCase("my todos", .lists([:])),
            HeldOutCase("todo list", .lists([:])),
            HeldOutCase("how many tasks do I have?", .lists([:])),
        ]

    static let searching = HeldOutMatrix.rows([
        "find {o}", "search for {o}", "tasks about {o}", "stuff related to {o}", "anything mentioning {o}?",
        "show tasks with {o} in them", "look up {o}", "do I have a task about {o}?",
    ], objects: [.init("dentist", ["search": "dentist"]), .init("passport", ["search": "passport"])]) { .lists($0) }

    static let filtering: [HeldOutCase] = [
        HeldOutCase("show my work tasks", .lists(["tag": "work"])),
        HeldOutCase("only #work", .lists(["tag": "work"])),
        HeldOutCase("list tasks tagged work", .lists(["tag": "work"])),
        HeldOutCase("what's labelled work", .lists(["tag": "work"])),
        HeldOutCase("anything for work?", .lists(["tag": "work"])),
        HeldOutCase("show me the errands", .lists(["tag": "errands"])),
        HeldOutCase("show high priority tasks", .lists(["priority": "high"])),
        HeldOutCase("what's urgent", .lists(["priority": "high", "status": "pending"])),
        HeldOutCase("low priority stuff", .lists(["priority": "low"])),
        HeldOutCase("list the important ones", .lists(["priority": "high"])),
        HeldOutCase("what's due today", .lists(["status": "pending", "due_before": "today", "sort": "due"])),
        HeldOutCase("what's due tomorrow?", .lists(["status": "pending", "due_before": "tomorrow", "sort": "due"])),
        HeldOutCase("anything due this week", .lists(["status": "pending", "due_before": "end of week", "sort": "due"])),
        HeldOutCase("what's overdue", .lists(["status": "pending", "due_before": "yesterday", "sort": "due"])),
        HeldOutCase("what's due by friday", .lists(["status": "pending", "due_before": "friday", "sort": "due"])),
        HeldOutCase("what do I have on next week", .lists(["status": "pending", "due_before": "end of next week", "sort": "due"])),
        HeldOutCase("pending work tasks", .lists(["status": "pending", "tag": "work"])),
        HeldOutCase("completed shopping tasks", .lists(["status": "completed", "tag": "shopping"])),
    ]

    static var sorting: [HeldOutCase] { sortRows }

    private static let sortWords: [(String, String)] = [
        ("by due date", "due"), ("soonest first", "due"), ("by urgency", "priority"), ("sorted by priority", "priority"),
        ("A to Z", "title"), ("alphabetically", "title"), ("oldest first", "created"), ("by deadline", "due"),
        ("most urgent first", "priority"), ("by name", "title"), ("in order of due date", "due"),
        ("by when they were added", "created"),
    ]

    private static var sortRows: [HeldOutCase] {
        let prefixes: [(String, JSONValue?)] = [("show my tasks", nil), ("list everything", "all"), ("what's pending,", "pending")]
        return sortWords.enumerated().flatMap { index, sort in
            (0..<2).map { offset in
                let prefix = prefixes[(index + offset) % prefixes.count]
                var filters: [String: JSONValue] = ["sort": .string(sort.1)]
                filters["status"] = prefix.1
                return HeldOutCase(prefix.0 + " " + sort.0, .lists(filters))
            }
        }
    }
}
