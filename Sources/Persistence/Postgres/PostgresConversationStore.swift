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
            WHERE id = \(id) AND owner = \(unescaped: PostgresSchema.sessionOwner) AND deleted_at IS NULL
            """
        guard let row = try transaction.rows(query).first else { throw ConversationError.notFound(id) }
        return try PostgresMessageRow.conversation(row)
    }

    /// Newest first (by last message, then id), down the (owner, updated_at) index.
    func list(limit: Int?) throws -> [Conversation] {
        var query = PostgresStatement("SELECT \(PostgresMessageRow.conversationColumns) FROM conversations ")
        query.append("WHERE owner = \(PostgresSchema.sessionOwner) AND deleted_at IS NULL ORDER BY updated_at DESC, id DESC")
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

    /// Appends the messages stamped now, renewing `lease` in the same statement.
    @discardableResult
    func append(
        _ messages: some Sequence<NewMessage>, to id: Int64, renewing lease: LeaseRenewal? = nil,
        keepingResults: Bool = true
    ) throws -> [StoredMessage] {
        let now = clock.now
        return try insert(messages.lazy.map { ($0, now) }, to: id, renewing: lease, keepingResults: keepingResults)
    }

    /// A model step: `tools` against this transaction's tasks (journaled as the agent's),
    /// then the assistant message and the tool messages it returns in one statement, which
    /// also renews `lease`. Nothing is checked before the tools run: if the conversation or
    /// the lease is gone, that statement says so and the caller's rollback undoes the tools.
    func step(
        to id: Int64, assistant: NewMessage, renewing lease: LeaseRenewal?, tools: (TaskEditor) throws -> [NewMessage]
    ) throws -> [StoredMessage] {
        let asked = clock.now
        let editor = TaskEditor(PostgresTaskEditor(transaction: transaction, user: user, clock: clock, source: .agent))
        let results = try tools(editor)
        let answered = clock.now
        return try insert([(assistant, asked)] + results.map { ($0, answered) }, to: id, renewing: lease, keepingResults: true)
    }

    /// The newest `limit` messages, oldest first.
    func newest(in id: Int64, limit: Int) throws -> [StoredMessage] {
        try page(in: id, """
            \(unescaped: Self.pageOpening) SELECT \(unescaped: PostgresMessageRow.columns) FROM messages
            WHERE conversation_id = conversation.id AND owner = \(unescaped: PostgresSchema.sessionOwner)
            ORDER BY id DESC LIMIT \(max(0, limit))
            \(unescaped: Self.pageClosing) \(id)
            """).reversed()
    }

    /// Up to `limit` messages just older than `messageID`, oldest first.
    func older(in id: Int64, before messageID: Int64, limit: Int) throws -> [StoredMessage] {
        try page(in: id, """
            \(unescaped: Self.pageOpening) SELECT \(unescaped: PostgresMessageRow.columns) FROM messages
            WHERE conversation_id = conversation.id AND owner = \(unescaped: PostgresSchema.sessionOwner) AND id < \(messageID)
            ORDER BY id DESC LIMIT \(max(0, limit))
            \(unescaped: Self.pageClosing) \(id)
            """).reversed()
    }

    /// Up to `limit` messages after `messageID` (from the start when nil), oldest first.
    func newer(in id: Int64, after messageID: Int64?, limit: Int) throws -> [StoredMessage] {
        try page(in: id, """
            \(unescaped: Self.pageOpening) SELECT \(unescaped: PostgresMessageRow.columns) FROM messages
            WHERE conversation_id = conversation.id AND owner = \(unescaped: PostgresSchema.sessionOwner) AND id > \(messageID ?? 0)
            ORDER BY id LIMIT \(max(0, limit))
            \(unescaped: Self.pageClosing) \(id)
            """)
    }

    /// The model of the conversation's newest reply that names one, in the statement that
    /// finds the conversation.
    func model(of id: Int64) throws -> String? {
        let query: PostgresQuery = """
            SELECT (SELECT model FROM messages
                    WHERE conversation_id = conversation.id AND owner = \(unescaped: PostgresSchema.sessionOwner) AND role = 'assistant'
                      AND model IS NOT NULL
                    ORDER BY id DESC LIMIT 1)
            FROM conversations AS conversation
            WHERE id = \(id) AND owner = \(unescaped: PostgresSchema.sessionOwner) AND deleted_at IS NULL
            """
        guard let row = try transaction.rows(query).first else { throw ConversationError.notFound(id) }
        return try transaction.decode(row, column: 0, as: String?.self)
    }

    /// A page of messages read in the statement that finds their conversation, which
    /// `pageOpening` and `pageClosing` wrap around the messages' query: no row means no
    /// such conversation of the role's, one row of nulls an empty page.
    private func page(in id: Int64, _ query: PostgresQuery) throws -> [StoredMessage] {
        let rows = try transaction.rows(query)
        guard !rows.isEmpty else { throw ConversationError.notFound(id) }
        return try rows.compactMap { row in
            try transaction.decode(row, column: 0, as: Int64?.self) == nil ? nil : try PostgresMessageRow.message(row)
        }
    }

    private static let pageOpening = "SELECT page.* FROM conversations AS conversation LEFT JOIN LATERAL ("
    private static let pageClosing = """
        ) AS page ON true
        WHERE conversation.owner = \(PostgresSchema.sessionOwner) AND conversation.deleted_at IS NULL AND conversation.id =
        """

    func messages(_ query: PostgresQuery) throws -> [StoredMessage] {
        try transaction.rows(query).map(PostgresMessageRow.message)
    }
}
