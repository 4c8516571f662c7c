/// The PostgreSQL database's history, one named migration at a time, under the same names
/// and in the same order as SQLite's (`Schema`), recorded in `chattui_migrations`.
///
/// A migration that has shipped is never edited. Every table has an `owner` column
/// that defaults to `session_user`, row-level security enabled and forced (so not even
/// the table owner bypasses it) with one policy: a role sees and writes its own rows
/// only. The group role `chattui_users` holds the table privileges; an administrator
/// gives a person access with `GRANT chattui_users TO alice`.
enum PostgresSchema {
    /// postgres-nio sends each statement as a prepared one, which holds one command: a
    /// migration is a list of statements, run in order in one transaction.
    struct Migration {
        let name: String
        let statements: [String]
    }

    static let migrations: [Migration] = [
        Migration(name: "v1", statements: PostgresSchema.version1),
        Migration(name: "messages-reasoning", statements: [
            "ALTER TABLE messages ADD COLUMN reasoning text, ADD COLUMN reasoning_field text",
        ]),
        Migration(name: "task-changes-by-task", statements: [
            "CREATE INDEX task_changes_on_task_id ON task_changes (owner, task_id, id)",
        ]),
        Migration(name: "conversations-soft-delete", statements: [
            "ALTER TABLE conversations ADD COLUMN deleted_at timestamptz",
        ]),
        Migration(name: "tasks-by-priority", statements: [
            "CREATE INDEX tasks_by_priority ON tasks (owner, deleted_at, (\(priorityRank)), id)",
            "CREATE INDEX tasks_by_status_priority ON tasks (owner, deleted_at, completed, (\(priorityRank)), id)",
        ]),
        Migration(name: "tasks-by-title", statements: [
            "CREATE INDEX tasks_by_title ON tasks (owner, deleted_at, (\(titleOrder)), id)",
            "CREATE INDEX tasks_by_status_title ON tasks (owner, deleted_at, completed, (\(titleOrder)), id)",
        ]),
        // Substring search (`ILIKE`) reads these trigram indexes; pg_trgm is a trusted
        // extension, so the database owner may create it without a superuser.
        Migration(name: "full-text-search", statements: [
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            "CREATE INDEX tasks_text ON tasks USING gin (title gin_trgm_ops, description gin_trgm_ops)",
            "CREATE INDEX messages_text ON messages USING gin (content gin_trgm_ops) WHERE role IN ('user', 'assistant')",
        ]),
        // Conversation 0 is the one not started yet, so there is no foreign key.
        Migration(name: "drafts", statements: [
            """
            CREATE TABLE drafts (
              owner text NOT NULL DEFAULT session_user,
              conversation_id bigint NOT NULL,
              text text NOT NULL,
              updated_at timestamptz NOT NULL,
              PRIMARY KEY (owner, conversation_id)
            )
            """,
            "GRANT SELECT, INSERT, UPDATE, DELETE ON drafts TO chattui_users",
        ] + isolation("drafts")),
        // PostgreSQL's text cannot hold a NUL, which a message or a draft must keep
        // (`PostgresMessageRow`); a lease names its holder's server connection, which
        // says whether the holder still lives on any machine (`PostgresConversationStore`).
        Migration(name: "postgres-exact-text-and-lease-connections", statements: [
            "ALTER TABLE messages ADD COLUMN exact_content bytea",
            "ALTER TABLE drafts ALTER COLUMN text TYPE bytea USING convert_to(text, 'UTF8')",
            "ALTER TABLE conversation_leases ADD COLUMN backend_pid integer",
        ]),
        Migration(name: "postgres-search-vectors", statements: PostgresSchema.searchVectors),
        Migration(name: "postgres-change-notices", statements: PostgresSchema.changeNotices),
        Migration(name: "postgres-tasks-by-due-key", statements: PostgresSchema.dueKeyIndexes),
        // A resumed conversation's model is its newest reply that names one; most replies
        // of an offline or imported history name none, which must not mean reading them all.
        Migration(name: "messages-with-model", statements: [
            "CREATE INDEX messages_with_model ON messages (conversation_id, id) WHERE model IS NOT NULL",
        ]),
        Migration(name: "postgres-tasks-by-sort-keys", statements: PostgresSchema.sortKeyIndexes),
    ]

    /// Migrations SQLite has no counterpart for, as they mend what only PostgreSQL lacks;
    /// every other name and its place match `Schema`'s.
    static let postgresOnly: Set<String> = [
        "postgres-exact-text-and-lease-connections", "postgres-search-vectors", "postgres-change-notices",
        "postgres-tasks-by-due-key", "postgres-tasks-by-sort-keys",
    ]

    /// The sort expressions behind `PostgresTaskEditor`'s key columns (`priority_key`,
    /// `title_key`), as the migrations above wrote them. The title order folds ASCII
    /// letters only and compares bytes, as SQLite's `NOCASE` does, so both backends list
    /// titles in one order.
    static let priorityRank = "CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END"
    static let titleOrder =
        "translate(title, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\""

    /// The tables every person's rows live in, each with its row-level security policy.
    static let ownedTables = [
        "conversations", "messages", "tasks", "task_tags", "task_changes", "conversation_leases", "drafts",
    ]

    /// Created before any migration and kept outside them: it says which have run. Every
    /// role may read it (to learn the schema is current); only the owner writes it, as
    /// nobody else is granted more than SELECT.
    static let migrationsTable = [
        """
        CREATE TABLE IF NOT EXISTS chattui_migrations (
          name text PRIMARY KEY,
          applied_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "ALTER TABLE chattui_migrations ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE chattui_migrations FORCE ROW LEVEL SECURITY",
        """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_policies WHERE tablename = 'chattui_migrations') THEN
            CREATE POLICY chattui_migrations_read ON chattui_migrations FOR SELECT USING (true);
            CREATE POLICY chattui_migrations_record ON chattui_migrations FOR INSERT WITH CHECK (true);
          END IF;
        END $$
        """,
    ]
}
