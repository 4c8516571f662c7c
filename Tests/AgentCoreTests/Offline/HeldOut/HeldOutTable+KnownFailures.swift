/// The rows the engine still gets wrong, run as known issues: remove a row here when it
/// starts passing. When the table was written, 159 rows and 7 writes-nothing rows failed.
extension HeldOutTable {
    static let knownFailures: Set<String> = [
        "call fix the bike Fix the bike brakes instead",
        // From the third batch (HeldOutTable+Unseen.swift): two requests in one message, a
        // date moved relative to its own due date, and a repeat cleared.
        "mark 1 done and delete 8",
        "postpone the rent by a week",
        "stop repeating the rent",
        "add eggs and make the rent high priority",
    ]

    static let knownWriters: Set<String> = [
    ]
}
