import Foundation
internal import PostgresNIO

/// ``ConversationService``'s statements on PostgreSQL, inside a transaction the caller opened.
///
/// The same rules as the SQLite side (`ConversationService+Storage`) in the same order: a
/// conversation is created with its first message, each batch of messages updates its
/// conversation's time and counters once, and a step's tool effects go through a
/// `PostgresTaskEditor` on this same transaction. Every statement names
/// `owner = session_user` beside the row-level security that enforces it.
struct PostgresConversationStore {
    let transaction: PostgresTransaction
    /// The connecting role: whose tasks a step's tools change.
    let user: UserID
    let clock: TaskClock

    /// The role's conversation `id`, unless it is deleted.
    func owned(_ id: Int64) throws -> Conversation {
        let query: PostgresQuery = """
            SELECT \(unescaped: PostgresMessageRow.conversationColumns) FROM conversations
            WHERE id = \(id) AND owner = session_user AND deleted_at IS NULL
            """
        guard let row = try transaction.rows(query).first else { throw ConversationError.notFound(id) }
        return try PostgresMessageRow.conversation(row)
    }

    /// Newest first (by last message, then id), down the (owner, updated_at) index.
    func list(limit: Int?) throws -> [Conversation] {
        var query = PostgresStatement("SELECT \(PostgresMessageRow.conversationColumns) FROM conversations ")
        query.append("WHERE owner = session_user AND deleted_at IS NULL ORDER BY updated_at DESC, id DESC")
        if let limit {
            query.append(" LIMIT " + query.bind(max(0, limit)))
        }
        return try transaction.rows(query.query).map(PostgresMessageRow.conversation)
    }

    func start(with first: NewMessage) throws -> (Conversation, StoredMessage) {
        let now = PostgresTaskRow.stored(clock.now) ?? clock.now
        let title = ConversationRecord.title(from: first.content)
        let id = try transaction.value(Int64.self, """
            INSERT INTO conversations (title, created_at, updated_at) VALUES (\(title), \(now), \(now)) RETURNING id
            """)
        let message = try append([first], to: id)[0]
        return (try owned(id), message)
    }

    /// Appends the messages stamped now.
    @discardableResult
    func append(_ messages: some Sequence<NewMessage>, to id: Int64, keepingResults: Bool = true) throws -> [StoredMessage] {
        let now = clock.now
        return try insert(messages.lazy.map { ($0, now) }, to: id, keepingResults: keepingResults)
    }

    /// Inserts each message stamped with its own moment, then moves the conversation's
    /// `updated_at` to the latest of them and its counters, once. `GREATEST` and the
    /// increments read the row as the UPDATE locks it, so a concurrent writer (the chat
    /// screen saving while a turn runs elsewhere) never moves the time back or loses a count.
    @discardableResult
    func insert(
        _ messages: some Sequence<(NewMessage, Date)>, to id: Int64, keepingResults: Bool
    ) throws -> [StoredMessage] {
        let conversation = try owned(id)
        var stored: [StoredMessage] = []
        var count = 0
        var tokens = 0
        var latest = conversation.updatedAt
        for (message, moment) in messages {
            let stamp = PostgresTaskRow.stored(moment) ?? moment
            let row = try insert(message, to: id, at: stamp)
            count += 1
            tokens += message.tokenEstimate
            latest = max(latest, stamp)
            if keepingResults {
                stored.append(row)
            }
        }
        try transaction.execute("""
            UPDATE conversations
            SET updated_at = GREATEST(updated_at, \(latest)), message_count = message_count + \(count),
              token_count = token_count + \(tokens)
            WHERE id = \(id) AND owner = session_user
            """)
        return stored
    }

    /// A model step: the assistant message, `tools` against this transaction's tasks
    /// (journaled as the agent's), then the tool messages it returns.
    func step(
        to id: Int64, assistant: NewMessage, tools: (TaskEditor) throws -> [NewMessage]
    ) throws -> [StoredMessage] {
        let first = try append([assistant], to: id)
        let editor = TaskEditor(PostgresTaskEditor(transaction: transaction, user: user, clock: clock, source: .agent))
        let results = try tools(editor)
        return first + (try append(results, to: id))
    }

    /// The newest `limit` messages, oldest first.
    func newest(in id: Int64, limit: Int) throws -> [StoredMessage] {
        _ = try owned(id)
        return try messages("""
            SELECT \(unescaped: PostgresMessageRow.columns) FROM messages
            WHERE conversation_id = \(id) AND owner = session_user ORDER BY id DESC LIMIT \(max(0, limit))
            """).reversed()
    }

    /// Up to `limit` messages just older than `messageID`, oldest first.
    func older(in id: Int64, before messageID: Int64, limit: Int) throws -> [StoredMessage] {
        _ = try owned(id)
        return try messages("""
            SELECT \(unescaped: PostgresMessageRow.columns) FROM messages
            WHERE conversation_id = \(id) AND owner = session_user AND id < \(messageID)
            ORDER BY id DESC LIMIT \(max(0, limit))
            """).reversed()
    }

    /// Up to `limit` messages after `messageID` (from the start when nil), oldest first.
    func newer(in id: Int64, after messageID: Int64?, limit: Int) throws -> [StoredMessage] {
        _ = try owned(id)
        return try messages("""
            SELECT \(unescaped: PostgresMessageRow.columns) FROM messages
            WHERE conversation_id = \(id) AND owner = session_user AND id > \(messageID ?? 0)
            ORDER BY id LIMIT \(max(0, limit))
            """)
    }

    /// The model of the conversation's newest reply that names one.
    func model(of id: Int64) throws -> String? {
        _ = try owned(id)
        let row = try transaction.rows("""
            SELECT model FROM messages
            WHERE conversation_id = \(id) AND owner = session_user AND role = 'assistant' AND model IS NOT NULL
            ORDER BY id DESC LIMIT 1
            """).first
        return try row.map { try transaction.decode($0, column: 0, as: String.self) }
    }

    func messages(_ query: PostgresQuery) throws -> [StoredMessage] {
        try transaction.rows(query).map(PostgresMessageRow.message)
    }

    private func insert(_ message: NewMessage, to id: Int64, at stamp: Date) throws -> StoredMessage {
        let record = try MessageRecord(message, conversationID: id, at: stamp)
        let query: PostgresQuery = """
            INSERT INTO messages (conversation_id, role, content, exact_content, tool_calls, tool_call_id, interrupted,
              model, prompt_tokens, completion_tokens, total_tokens, token_estimate, created_at, reasoning, reasoning_field)
            VALUES (\(id), \(record.role), \(PostgresMessageRow.storable(record.content)),
              decode(\(PostgresMessageRow.exactHex(record.content)), 'hex'), \(record.toolCalls), \(record.toolCallId),
              \(record.interrupted), \(record.model), \(record.promptTokens), \(record.completionTokens),
              \(record.totalTokens), \(record.tokenEstimate), \(stamp), \(record.reasoning), \(record.reasoningField))
            RETURNING \(unescaped: PostgresMessageRow.columns)
            """
        guard let row = try transaction.rows(query).first else {
            throw PostgresBackendError.server(message: "a message insert returned no row", state: "02000")
        }
        return try PostgresMessageRow.message(row)
    }
}
