/// How much of PostgreSQL's transaction machinery an operation needs.
///
/// Every round trip to a server across a network costs its latency, and `BEGIN` and
/// `COMMIT` are two of them. An operation that sends several statements that must hold
/// together needs them; one that sends a single statement does not, as PostgreSQL runs
/// each statement as its own transaction, atomic and reading one snapshot.
enum PostgresSpan {
    /// `BEGIN`, the statements, `COMMIT` (or `ROLLBACK` when one throws).
    case transaction
    /// One statement, its own transaction.
    case statement
}
