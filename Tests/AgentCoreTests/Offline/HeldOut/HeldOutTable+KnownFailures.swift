/// The rows the engine still gets wrong, run as known issues: remove a row here when it
/// starts passing. When the table was written, 159 rows and 7 writes-nothing rows failed.
extension HeldOutTable {
    static let knownFailures: Set<String> = [
        "call the bike task Fix the bike brakes instead",
        "call fix the bike Fix the bike brakes instead",
        "call the tenth task Fix the bike brakes instead",
        "show me the errands",
        "show task 7 ⏎ finish it",
    ]

    static let knownWriters: Set<String> = [
    ]
}
