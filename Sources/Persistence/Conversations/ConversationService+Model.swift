internal import GRDB

extension ConversationService {
    /// The model of the conversation's newest reply that names one (`offline` for the offline
    /// engine's), nil before any: the conversation's own model, which a later session resumes with.
    ///
    /// Read from the messages rather than kept on the conversation row, so it cannot disagree
    /// with what was stored: it is the model the conversation last actually used. The
    /// `(conversation_id, id)` index is walked from the newest, stopping at the first reply.
    public func model(of conversationID: Int64) throws -> String? {
        try reading(
            sqlite: { db in
                _ = try ConversationRecord.owned(id: conversationID, user: user, in: db)
                return try String.fetchOne(
                    db,
                    sql: """
                        SELECT model FROM messages
                        WHERE conversation_id = ? AND role = 'assistant' AND model IS NOT NULL
                        ORDER BY id DESC LIMIT 1
                        """,
                    arguments: [conversationID])
            },
            postgres: { try $0.model(of: conversationID) })
    }
}
