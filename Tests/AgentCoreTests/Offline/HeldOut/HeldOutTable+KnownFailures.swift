/// The rows the engine still gets wrong, run as known issues: remove a row here when it
/// starts passing. When the table was written, 159 rows and 7 writes-nothing rows failed.
extension HeldOutTable {
    static let knownFailures: Set<String> = [
        "put buy milk on my list in 3 days",
        "put pick up the dry cleaning on my list tomorrow",
        "todo - buy milk",
        "todo - call the plumber tomorrow",
        "todo - pick up the dry cleaning on friday",
        "add a task to buy milk to my todos",
        "delete task 6 and task 8",
        "call the bike task Fix the bike brakes instead",
        "call fix the bike Fix the bike brakes instead",
        "call the tenth task Fix the bike brakes instead",
        "fix the bike is urgent",
        "renew passport can wait",
        "what do I have",
        "what have I got on",
        "show everything, done ones too",
        "todo list",
        "look up dentist",
        "look up passport",
        "only #work",
        "what's labelled work",
        "show me the errands",
        "what's urgent",
        "low priority stuff",
        "what do I have on next week",
        "completed shopping tasks",
        "add buy milk ⏎ actually make that tomorrow",
        "add buy milk ⏎ also bread",
        "complete task 7 ⏎ and task 10",
        "add pay the gas bill ⏎ it's due on friday",
        "move task 10 to friday ⏎ actually, make it monday",
        "show task 7 ⏎ finish it",
        "complete task 5",
    ]

    static let knownWriters: Set<String> = []
}
