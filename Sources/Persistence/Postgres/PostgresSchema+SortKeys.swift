extension PostgresSchema {
    /// The migration `postgres-tasks-by-sort-keys`: the priority and title sorts' keys as
    /// columns of their own, as `due_key` is for the due sort, and an index per sort over
    /// the tasks that are not deleted, with and without the status the review filters on.
    ///
    /// The former indexes (`tasks_by_priority`, `tasks_by_title` and their `status`
    /// twins) began `owner, deleted_at` and indexed the sort expression: PostgreSQL does not
    /// take `deleted_at IS NULL` as fixing that column, so their order never served the
    /// sort, and the creation sort (`id`) had no index of its own at all. Plain columns in
    /// partial indexes give each sort its order straight from an index, and the review's
    /// keyset comparison (`(priority_key, id) >= (…)`) is an index condition. `EXPLAIN` at
    /// 100,000 tasks, before and after: docs/postgres.md.
    static let sortKeyIndexes = [
        """
        ALTER TABLE tasks
          ADD COLUMN priority_key integer GENERATED ALWAYS AS (\(priorityRank)) STORED,
          ADD COLUMN title_key text COLLATE "C" GENERATED ALWAYS AS (\(titleFolding)) STORED
        """,
        "CREATE INDEX tasks_by_priority_key ON tasks (owner, priority_key, id) WHERE deleted_at IS NULL",
        "CREATE INDEX tasks_by_status_priority_key ON tasks (owner, completed, priority_key, id) WHERE deleted_at IS NULL",
        "CREATE INDEX tasks_by_title_key ON tasks (owner, title_key, id) WHERE deleted_at IS NULL",
        "CREATE INDEX tasks_by_status_title_key ON tasks (owner, completed, title_key, id) WHERE deleted_at IS NULL",
        "CREATE INDEX tasks_by_created ON tasks (owner, id) WHERE deleted_at IS NULL",
        "CREATE INDEX tasks_by_status_created ON tasks (owner, completed, id) WHERE deleted_at IS NULL",
        "DROP INDEX tasks_by_priority",
        "DROP INDEX tasks_by_status_priority",
        "DROP INDEX tasks_by_title",
        "DROP INDEX tasks_by_status_title",
    ]

    /// `titleOrder` without its collation, which the column `title_key` carries instead.
    static let titleFolding = "translate(title, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
}
