@testable import AgentCore

/// The second batch's rows that only read: listing, searching, filtering and sorting, and the
/// messages that must write nothing, written with ``fresh`` before the grammar was read.
extension HeldOutTable {
    static let freshLists: [HeldOutCase] = [
        HeldOutCase("what's on my to-do list?", .lists([:])),
        HeldOutCase("What have I finished?", .lists(["status": "completed"])),
        HeldOutCase("show me what's outstanding", .lists(["status": "pending"])),
        HeldOutCase("list everything I've got to do", .lists(["status": "pending"])),
        HeldOutCase("give me a rundown of my tasks", .lists([:])),
        HeldOutCase("any tasks still open?", .lists(["status": "pending"])),
        HeldOutCase("show finished tasks", .lists(["status": "completed"])),
        HeldOutCase("find anything about rent", .lists(["search": "rent"])),
        HeldOutCase("do I have anything to do with the bike?", .lists(["search": "bike"])),
        HeldOutCase("search my tasks for sarah", .lists(["search": "sarah"])),
        HeldOutCase("show tasks tagged #travel", .lists(["tag": "travel"])),
        HeldOutCase("which tasks are high priority?", .lists(["priority": "high"])),
        HeldOutCase("list my travel tasks", .lists(["tag": "travel"])),
        HeldOutCase("show low-priority tasks", .lists(["priority": "low"])),
        HeldOutCase("show my shopping stuff", .lists(["tag": "shopping"])),
        HeldOutCase("urgent tasks by due date", .lists(["priority": "high", "sort": "due"])),
        HeldOutCase("important stuff, soonest first", .lists(["priority": "high", "sort": "due"])),
        HeldOutCase("sort my tasks by priority", .lists(["sort": "priority"])),
        HeldOutCase("order my list by due date", .lists(["sort": "due"])),
        HeldOutCase("tasks in alphabetical order", .lists(["sort": "title"])),
        HeldOutCase("what's due next week", .lists(["status": "pending", "due_before": "end of next week", "sort": "due"])),
    ]

    /// Messages of the second batch that must lead to no write at all, only a reply.
    static let freshWritesNothing: [String] = [
        "what's the time in Tokyo", "how far away is the moon?", "who wrote Hamlet?", "why is the sky blue",
        "what's 15% of 80", "thanks!", "good morning", "how's it going?", "can you sing?", "I love pizza",
        "tick it off", "bin that", "change it to friday", "make that one low priority", "rename this to something else",
        "delete both of them", "they're all done", "put it back on the list",
        "add call the bank on the 45th", "remind me to call Joe on 32 March", "add clean the windows, priority 7",
        "set task 3 to priority extreme", "move task 10 to the 40th", "add walk the dog every blue moon",
        "Did I leave the oven on?",
    ]
}
