/// The rows the engine still gets wrong, run as known issues: remove a row here when it
/// starts passing. When the table was written, 159 rows and 7 writes-nothing rows failed.
extension HeldOutTable {
    static let knownFailures: Set<String> = [
    ]

    static let knownWriters: Set<String> = [
    ]
}
