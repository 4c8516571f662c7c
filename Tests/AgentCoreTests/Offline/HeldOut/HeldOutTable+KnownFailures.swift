/// The rows the engine still gets wrong, run as known issues: remove a row here when it
/// starts passing. When the first three tables were written, 159 rows and 7 writes-nothing
/// rows failed; when the fourth (``HeldOutTable/fourth``) was added, 22 of its 100 rows did,
/// and the next session's engine work (emoji, postponements, priority verbs, news before a
/// request, renames by field, monthly days, overdue, due-day targets) made them all pass.
extension HeldOutTable {
    static let knownFailures: Set<String> = [
    ]

    static let knownWriters: Set<String> = [
    ]
}
