import Foundation
internal import PostgresNIO

/// Importing a conversation on PostgreSQL: the candidates `ConversationService` matches an
/// imported one against, and adding it.
extension PostgresConversationStore {
    /// The role's conversations begun within a second of `createdAt`, each with what its
    /// messages said, oldest first.
    func importCandidates(near createdAt: Date) throws -> [(id: Int64, said: [ConversationService.Said])] {
        let second = createdAt.timeIntervalSince1970.rounded(.down)
        let rows = try transaction.rows("""
            SELECT id FROM conversations
            WHERE owner = \(unescaped: PostgresSchema.sessionOwner) AND deleted_at IS NULL
              AND created_at > \(Date(timeIntervalSince1970: second - 1))
              AND created_at < \(Date(timeIntervalSince1970: second + 1))
            ORDER BY id
            """)
        return try rows.map { row in
            let id = try transaction.decode(row, column: 0, as: Int64.self)
            let said = try messages("""
                SELECT \(unescaped: PostgresMessageRow.columns) FROM messages
                WHERE conversation_id = \(id) AND owner = \(unescaped: PostgresSchema.sessionOwner) ORDER BY id
                """).map { ConversationService.Said(role: $0.role, content: $0.content) }
            return (id, said)
        }
    }

    /// A new conversation with the imported title and time, and its messages at their own times.
    func add(_ imported: ImportedConversation) throws {
        let created = PostgresTaskRow.stored(imported.createdAt)
        let id = try transaction.value(Int64.self, """
            INSERT INTO conversations (title, created_at, updated_at)
            VALUES (\(ConversationRecord.title(from: imported.title)), \(created), \(created)) RETURNING id
            """)
        try insert(imported.messages.map { ($0.message, $0.createdAt) }, to: id, keepingResults: false)
    }
}
