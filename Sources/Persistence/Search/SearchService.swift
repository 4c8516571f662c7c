import Foundation
internal import GRDB

/// Finds the user's messages and tasks holding a text, through the FTS5 indexes (on
/// PostgreSQL through its own full-text search, `PostgresSearch`, for the connecting role).
///
/// Each side walks its index from the newest row (the rowid order FTS5 reads natively) and
/// stops after `limit` of this user's matches, so the newest matches cost the same at 100
/// and at 100,000 messages; another user's rows are skipped by the join, never returned.
public struct SearchService: Sendable {
    public let database: AppDatabase
    public let user: UserID

    public init(database: AppDatabase, user: UserID) {
        self.database = database
        self.user = user
    }

    /// The newest `limit` matches among messages and tasks, newest first (when the message
    /// was sent, when the task was created). Text under 3 characters is refused with
    /// ``SearchError/tooShort(_:)``.
    public func search(_ text: SearchText, limit: Int) throws -> SearchResults {
        guard text.usesIndex else { throw SearchError.tooShort(text.text) }
        let wanted = max(0, limit)
        if case .postgres(let session) = database.backend {
            let found = try session.transaction {
                try PostgresSearch(transaction: $0, text: text).page(offset: 0, limit: wanted + 1)
            }
            return SearchResults(matches: Array(found.prefix(wanted)), truncated: found.count > wanted)
        }
        let found = try database.pool.read { db in
            try messages(text, limit: wanted + 1, in: db) + tasks(text, limit: wanted + 1, in: db)
        }
        let newestFirst = found.sorted(by: Self.newerFirst)
        return SearchResults(matches: Array(newestFirst.prefix(wanted)), truncated: newestFirst.count > wanted)
    }

    /// Newest first; at the same instant messages before tasks, then the higher id first, so
    /// the order never depends on how the sort breaks ties.
    private static func newerFirst(_ a: SearchMatch, _ b: SearchMatch) -> Bool {
        if a.createdAt != b.createdAt { return a.createdAt > b.createdAt }
        return a.sortKey > b.sortKey
    }

    /// How many characters of context `snippet()` gives a match: trigram tokens start at
    /// every character, and 64 is the most SQLite allows.
    static let snippetLength = 64

    /// The newest `limit` message matches, or with `ids` those of these messages.
    func messages(_ text: SearchText, limit: Int = .max, ids: [Int64]? = nil, in db: Database) throws -> [SearchMatch] {
        if ids?.isEmpty == true { return [] }
        let only = Self.only(ids, column: "m.id")
        // CROSS JOIN keeps the index as the outer loop, read newest first.
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT m.id, m.conversation_id, m.role, m.created_at, c.title,
                  \(ExactText.selecting(Self.marked("messages_text", column: 0), as: "marked"))
                FROM messages_text
                CROSS JOIN messages m ON m.id = messages_text.rowid
                CROSS JOIN conversations c ON c.id = m.conversation_id
                WHERE messages_text MATCH ? AND c.user_id = ? AND c.deleted_at IS NULL\(only.sql)
                ORDER BY messages_text.rowid DESC
                LIMIT ?
                """,
            arguments: [text.matchExpression, user.rawValue] + only.arguments + [limit])
        return rows.map { row in
            let role = MessageRole(rawValue: row["role"]) ?? .user
            return SearchMatch(
                source: .message(conversationID: row["conversation_id"], messageID: row["id"], role: role),
                createdAt: row["created_at"], title: row["title"], snippet: Self.snippet(row))
        }
    }

    /// The newest `limit` task matches, or with `ids` those of these tasks.
    func tasks(_ text: SearchText, limit: Int = .max, ids: [Int64]? = nil, in db: Database) throws -> [SearchMatch] {
        if ids?.isEmpty == true { return [] }
        let only = Self.only(ids, column: "t.id")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT t.id, t.completed, t.created_at, t.title,
                  \(ExactText.selecting(Self.marked("tasks_text", column: -1), as: "marked"))
                FROM tasks_text
                CROSS JOIN tasks t ON t.id = tasks_text.rowid
                WHERE tasks_text MATCH ? AND t.user_id = ? AND t.deleted_at IS NULL\(only.sql)
                ORDER BY tasks_text.rowid DESC
                LIMIT ?
                """,
            arguments: [text.matchExpression, user.rawValue] + only.arguments + [limit])
        return rows.map { row in
            SearchMatch(
                source: .task(id: row["id"], completed: row["completed"]),
                createdAt: row["created_at"], title: row["title"], snippet: Self.snippet(row))
        }
    }

    /// ` AND column IN (?, …)` for `ids`, nothing without them.
    private static func only(_ ids: [Int64]?, column: String) -> (sql: String, arguments: StatementArguments) {
        guard let ids else { return ("", []) }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return (" AND \(column) IN (\(marks))", StatementArguments(ids))
    }

    /// `snippet()` over `column` (-1: the column that matches best) with `Snippet`'s markers.
    private static func marked(_ table: String, column: Int) -> String {
        "snippet(\(table), \(column), char(2), char(3), '…', \(snippetLength))"
    }

    private static func snippet(_ row: Row) -> Snippet {
        let bytes: Data = row["marked"] ?? Data()
        return Snippet(marked: ExactText.text(bytes))
    }
}
