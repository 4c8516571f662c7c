internal import GRDB

extension ConversationService {
    /// The model of the conversation's newest reply that names one (`offline` for the offline
    /// engine's), nil before any: the conversation's own model, which a later session resumes with.
    ///
    /// Read from the messages rather than kept on the conversation row, so it cannot disagree
    /// with what was stored: it is the model the conversation last actually used. Only the
    /// replies that name one are indexed (`messages_with_model`), so this reads one entry
    /// however long the conversation is and whether or not any reply names a model.
    public func model(of conversationID: Int64) throws -> String? {
        try reading(
            .statement, sqlite: { db in
                _ = try ConversationRecord.owned(id: conversationID, user: user, in: db)
                return try String.fetchOne(db, sql: MessageRecord.modelSQL, arguments: [conversationID])
            },
            postgres: { try $0.model(of: conversationID) })
    }
}
