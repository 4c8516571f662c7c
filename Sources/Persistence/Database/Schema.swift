internal import GRDB

/// The database's history, one named migration at a time.
///
/// A migration that has shipped is never edited: change the schema by appending one.
/// Migrations name tables and columns literally, never through record types, so they
/// keep describing the past when the records move on.
enum Schema {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createVersion1)
        migrator.registerMigration("messages-reasoning", migrate: addMessageReasoning)
        migrator.registerMigration("task-changes-by-task", migrate: indexTaskChangesByTask)
        migrator.registerMigration("conversations-soft-delete", migrate: addConversationDeletion)
        migrator.registerMigration("tasks-by-priority", migrate: indexTasksByPriority)
        migrator.registerMigration("tasks-by-title", migrate: indexTasksByTitle)
        migrator.registerMigration("full-text-search", migrate: FullTextSchema.create)
        migrator.registerMigration("drafts", migrate: createDrafts)
        migrator.registerMigration("messages-with-model", migrate: indexMessagesWithModel)
        return migrator
    }()

    /// What the person had typed and not sent, per conversation, so quitting or a closed
    /// terminal never loses it. `conversation_id` 0 is the conversation not started yet;
    /// with no foreign key, a purged conversation's draft is skipped when read, not cascaded.
    private static func createDrafts(_ db: Database) throws {
        try db.create(table: "drafts", options: .withoutRowID) { t in
            t.column("user_id", .text).notNull()
            t.column("conversation_id", .integer).notNull()
            t.column("text", .text).notNull()
            t.column("updated_at", .datetime).notNull()
            t.primaryKey(["user_id", "conversation_id"])
        }
    }

    /// A resumed conversation asks for its newest reply that names a model
    /// (`ConversationService.model(of:)`). When none does (a seeded, imported or offline-only
    /// history), walking `(conversation_id, id)` read every message of the conversation, in the
    /// turn's path and before the chat's first frame; this index holds only the rows that name
    /// one, so the newest is its conversation's last entry.
    private static func indexMessagesWithModel(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX messages_with_model ON messages(conversation_id, id) WHERE model IS NOT NULL
            """)
    }

    /// The reasoning a model streams beside its reply, and the delta field it came in:
    /// DeepSeek rejects a turn whose tool-call message comes back without it. Both stay
    /// NULL for every message stored before, which had none.
    private static func addMessageReasoning(_ db: Database) throws {
        try db.alter(table: "messages") { t in
            t.add(column: "reasoning", .text)
            t.add(column: "reasoning_field", .text)
        }
    }

    /// The review's detail pane reads one task's history; without this index that read
    /// walks the whole journal, 100,000 rows after 100,000 changes.
    private static func indexTaskChangesByTask(_ db: Database) throws {
        try db.create(index: "task_changes_on_task_id", on: "task_changes", columns: ["task_id", "id"])
    }

    /// The picker's `d` hides a conversation and `u` brings it back in the same session, so
    /// deleting is a mark, not a removal. Listing keeps walking the (user_id, updated_at)
    /// index and skips the marked rows.
    private static func addConversationDeletion(_ db: Database) throws {
        try db.alter(table: "conversations") { t in
            t.add(column: "deleted_at", .datetime)
        }
    }

    /// Sorting by priority read and sorted every match: half a second per page of the review
    /// at 100,000 tasks. These hold the sort's expression (`TaskSortKey`'s, character for
    /// character, or SQLite will not use them), so a page reads a page.
    private static func indexTasksByPriority(_ db: Database) throws {
        let rank = "(CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END)"
        try db.execute(sql: """
            CREATE INDEX tasks_by_priority ON tasks(user_id, deleted_at, \(rank));
            CREATE INDEX tasks_by_status_priority ON tasks(user_id, deleted_at, completed, \(rank));
            """)
    }

    /// Sorting by title read and sorted every match: 0.7 s a reload of the review at 100,000
    /// tasks. The order is `title COLLATE NOCASE` (`TaskSortKey`'s, as for priority), which
    /// folds ASCII letters only ("Émile" and "émile" stay apart, after "zebra"). An index on
    /// Swift's case-insensitive collation would fold more, but every SQLite client writing
    /// the file would need that collation, and a Foundation whose order changed would leave
    /// the index out of order; NOCASE is SQLite's own and never changes.
    private static func indexTasksByTitle(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX tasks_by_title ON tasks(user_id, deleted_at, title COLLATE NOCASE);
            CREATE INDEX tasks_by_status_title ON tasks(user_id, deleted_at, completed, title COLLATE NOCASE);
            """)
    }

    private static func createVersion1(_ db: Database) throws {
        try db.create(table: "conversations") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("user_id", .text).notNull()
            t.column("title", .text).notNull()
            t.column("created_at", .datetime).notNull()
            t.column("updated_at", .datetime).notNull()
            // Kept on the row, in the message's transaction, so nothing counts messages.
            t.column("message_count", .integer).notNull().defaults(to: 0)
            t.column("token_count", .integer).notNull().defaults(to: 0)
        }
        try db.create(
            index: "conversations_on_user_id_updated_at", on: "conversations",
            columns: ["user_id", "updated_at"])

        try db.create(table: "messages") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("conversation_id", .integer).notNull()
                .references("conversations", onDelete: .cascade)
            t.column("role", .text).notNull()
                .check(sql: "role IN ('system', 'user', 'assistant', 'tool')")
            t.column("content", .text).notNull()
            t.column("tool_calls", .jsonText)
            t.column("tool_call_id", .text)
            t.column("interrupted", .boolean).notNull().defaults(to: false)
            t.column("model", .text)
            t.column("prompt_tokens", .integer)
            t.column("completion_tokens", .integer)
            t.column("total_tokens", .integer)
            t.column("token_estimate", .integer).notNull()
            t.column("created_at", .datetime).notNull()
        }
        // Pages of a conversation, newest or older than a message, walk this index
        // and cost the same at 10 messages and at 100,000.
        try db.create(
            index: "messages_on_conversation_id_id", on: "messages",
            columns: ["conversation_id", "id"], options: .unique)

        try db.create(table: "tasks") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("user_id", .text).notNull()
            t.column("title", .text).notNull()
            t.column("description", .text)
            t.column("completed", .boolean).notNull().defaults(to: false)
            t.column("priority", .text).check(sql: "priority IN ('low', 'medium', 'high')")
            // 'YYYY-MM-DD' for an all-day date, else an ISO date-time with its offset.
            t.column("due", .text)
            // The instant used to sort and filter. An all-day date is stored as 00:00 UTC
            // of that date, so its day does not move when the time zone does.
            t.column("due_at", .datetime)
            t.column("recurrence", .text)
            t.column("created_at", .datetime).notNull()
            t.column("updated_at", .datetime).notNull()
            t.column("completed_at", .datetime)
            t.column("deleted_at", .datetime)
        }
        try db.create(
            index: "tasks_on_user_id_deleted_at_completed", on: "tasks",
            columns: ["user_id", "deleted_at", "completed"])
        try db.create(index: "tasks_on_user_id_due_at", on: "tasks", columns: ["user_id", "due_at"])
        // Listing pages read rows already in order (the rowid ends every index), so the
        // first 50 of 100,000 tasks cost what the first 50 of 60 do: by creation for all
        // tasks, and by due date, undated last, with or without a status.
        try db.create(index: "tasks_on_user_id_deleted_at", on: "tasks", columns: ["user_id", "deleted_at"])
        try db.execute(sql: """
            CREATE INDEX tasks_by_due ON tasks(user_id, deleted_at, due_at IS NULL, due_at);
            CREATE INDEX tasks_by_status_due ON tasks(user_id, deleted_at, completed, due_at IS NULL, due_at);
            """)

        try db.create(table: "task_tags", options: .withoutRowID) { t in
            t.column("task_id", .integer).notNull().references("tasks", onDelete: .cascade)
            t.column("tag", .text).notNull()
            t.primaryKey(["task_id", "tag"])
        }
        try db.create(index: "task_tags_on_tag", on: "task_tags", columns: ["tag"])

        // The undo journal. task_id has no foreign key: undoing an add removes the task
        // while its journal rows stay.
        try db.create(table: "task_changes") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("user_id", .text).notNull()
            t.column("task_id", .integer).notNull()
            t.column("action", .text).notNull()
                .check(sql: "action IN ('add', 'complete', 'reopen', 'update', 'delete')")
            t.column("before", .jsonText)
            t.column("after", .jsonText)
            // The occurrence a recurring completion created, removed when it is undone.
            t.column("related_task_id", .integer)
            t.column("source", .text).notNull()
                .check(sql: "source IN ('tui', 'agent', 'mcp', 'cli')")
            t.column("created_at", .datetime).notNull()
            t.column("undone_at", .datetime)
        }
        try db.create(
            index: "task_changes_on_user_id_undone_at", on: "task_changes",
            columns: ["user_id", "undone_at"])

        try db.create(table: "conversation_leases") { t in
            t.primaryKey("conversation_id", .integer)
                .references("conversations", onDelete: .cascade)
            t.column("owner_pid", .integer).notNull()
            t.column("heartbeat_at", .datetime).notNull()
        }
    }
}
