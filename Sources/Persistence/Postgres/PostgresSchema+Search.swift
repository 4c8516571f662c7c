extension PostgresSchema {
    /// The migration `postgres-search-vectors` (`PostgresSearch` reads it): a generated
    /// `tsvector` beside the text of each message and task, so a row and its index entry
    /// change in the same statement (edits, undo, imports and purges need no code of their
    /// own), computed for the rows a database already holds as the column is added. Only
    /// user and assistant messages get one, as on SQLite. The `simple` configuration
    /// lower-cases words and never stems them, so no language changes what is found.
    ///
    /// A `tsvector` holds at most 1 MB of words, and a message whose vector would be larger
    /// could not be stored at all: only a message's first 200,000 characters (at most
    /// 800 kB) are indexed. A longer message is still stored whole.
    static let searchVectors = [
        """
        ALTER TABLE messages ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          CASE WHEN role IN ('user', 'assistant') THEN to_tsvector('simple', left(content, 200000)) END
        ) STORED
        """,
        "CREATE INDEX messages_search ON messages USING gin (search_vector)",
        """
        ALTER TABLE tasks ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          to_tsvector('simple', title) || to_tsvector('simple', left(coalesce(description, ''), 200000))
        ) STORED
        """,
        "CREATE INDEX tasks_search ON tasks USING gin (search_vector)",
    ]
}
