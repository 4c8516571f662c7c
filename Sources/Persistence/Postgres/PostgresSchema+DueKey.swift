extension PostgresSchema {
    /// `owner = session_user` in a form an index on `owner` answers. `session_user` is a
    /// `name`, whose "C" collation is not the column's, and PostgreSQL then uses no index for
    /// the comparison at all (every list read all 100,000 tasks and sorted them); cast to
    /// `text` in the column's collation, it is an index condition.
    static let ownRows = "owner = \(sessionOwner)"

    /// `session_user` as the `owner` column compares it (see `ownRows`), for a statement
    /// that names the column itself (a table's alias before it).
    static let sessionOwner = "(session_user::text COLLATE \"default\")"

    /// The migration `postgres-tasks-by-due-key`: the due sort's key as a column of its own,
    /// `due_key` (a missing due date is `infinity`, after every date, as `due_at IS NULL,
    /// due_at` orders), and its indexes over the tasks that are not deleted.
    ///
    /// The former indexes (`tasks_by_due`, `tasks_by_status_due`) began `owner, deleted_at`:
    /// PostgreSQL does not take `deleted_at IS NULL` as fixing that column, so their order
    /// never served the sort, and a key computed in the query (`coalesce(due_at, …)`) is not
    /// leakproof, so under row-level security the keyset's comparison could not start the
    /// scan. A plain column compares as an index condition. `EXPLAIN` at 100,000 tasks,
    /// before and after: docs/postgres.md.
    static let dueKeyIndexes = [
        """
        ALTER TABLE tasks ADD COLUMN due_key timestamptz
          GENERATED ALWAYS AS (coalesce(due_at, 'infinity'::timestamptz)) STORED
        """,
        "CREATE INDEX tasks_by_due_key ON tasks (owner, due_key, id) WHERE deleted_at IS NULL",
        "CREATE INDEX tasks_by_status_due_key ON tasks (owner, completed, due_key, id) WHERE deleted_at IS NULL",
        "DROP INDEX tasks_by_due",
        "DROP INDEX tasks_by_status_due",
    ]
}
