/// The rows the engine still gets wrong, run as known issues: remove a row here when it
/// starts passing. When the table was written, 159 rows and 7 writes-nothing rows failed.
extension HeldOutTable {
    static let knownFailures: Set<String> = [
        "call the bike task Fix the bike brakes instead",
        "call fix the bike Fix the bike brakes instead",
        "call the tenth task Fix the bike brakes instead",
        "show task 7 ⏎ finish it",
        // The third batch (HeldOutTable+Unseen.swift), before any fix.
        "could you pop renew TV licence on my list",
        "please to add the task for clean kitchen",
        "mark 1 done and delete 8",
        "the passport task should say Renew passport and ID card",
        "edit task 8 -> clean the garage and the shed",
        "actually make the groceries one 'buy groceries for the week'",
        "typo in task 4, should be Team meeting agenda",
        "reword task 10 as Get the bike serviced",
        "I don't need to fix the bike anymore, remove it",
        "delete the finished ones",
        "push task 4 back to next tuesday",
        "postpone the rent by a week",
        "stop repeating the rent",
        "what's task 3? ⏎ mark it done",
        "show task 9 ⏎ call it Email Sarah about the budget instead",
        "add eggs and make the rent high priority",
        "complete the work task",
        "tag the work one as urgent",
    ]

    static let knownWriters: Set<String> = [
    ]
}
