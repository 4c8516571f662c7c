import Foundation
internal import PostgresNIO

/// Drafts on PostgreSQL: kept as bytes (`drafts.text` is bytea there), since a draft is
/// returned byte for byte and PostgreSQL's text cannot hold a NUL.
extension PostgresConversationStore {
    func saveDraft(_ text: String, for conversationID: Int64?) throws {
        let key = conversationID ?? 0
        guard !text.isEmpty else {
            try transaction.execute("""
                DELETE FROM drafts WHERE owner = \(unescaped: PostgresSchema.sessionOwner) AND conversation_id = \(key)
                """)
            return
        }
        let hex = PostgresMessageRow.hex(text)
        let now = PostgresTaskRow.stored(clock.now)
        try transaction.execute("""
            INSERT INTO drafts (conversation_id, text, updated_at) VALUES (\(key), decode(\(hex), 'hex'), \(now))
            ON CONFLICT (owner, conversation_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at
            """)
    }

    /// A deleted conversation's draft is not offered.
    func draft(for conversationID: Int64?) throws -> String? {
        let query: PostgresQuery
        if let id = conversationID {
            query = """
                SELECT d.text FROM drafts d JOIN conversations c ON c.id = d.conversation_id
                WHERE d.owner = \(unescaped: PostgresSchema.sessionOwner) AND d.conversation_id = \(id)
                  AND c.owner = \(unescaped: PostgresSchema.sessionOwner) AND c.deleted_at IS NULL
                """
        } else {
            query = "SELECT text FROM drafts WHERE owner = \(unescaped: PostgresSchema.sessionOwner) AND conversation_id = 0"
        }
        guard let row = try transaction.rows(query).first else { return nil }
        return String(decoding: try transaction.decode(row, column: 0, as: Data.self), as: UTF8.self)
    }
}
