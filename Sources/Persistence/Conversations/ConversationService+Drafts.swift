import Foundation
internal import GRDB

/// The message a person was writing and had not sent, kept per conversation.
///
/// The chat screen saves it while the person pauses and when it closes for any reason, so a
/// closed terminal window, a `kill` or a crash loses at most the last second of typing.
extension ConversationService {
    /// Keeps `text` as the draft of `conversationID` (nil: the conversation not started yet);
    /// an empty text removes the draft.
    public func saveDraft(_ text: String, for conversationID: Int64?) throws {
        let key = conversationID ?? 0
        try writing(sqlite: { db in
            if text.isEmpty {
                try db.execute(
                    sql: "DELETE FROM drafts WHERE user_id = ? AND conversation_id = ?",
                    arguments: [user.rawValue, key])
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO drafts (user_id, conversation_id, text, updated_at) VALUES (?, ?, \(ExactText.placeholder), ?)
                        ON CONFLICT (user_id, conversation_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at
                        """,
                    arguments: [user.rawValue, key, ExactText.argument(text), clock.now])
            }
        }, postgres: { try $0.saveDraft(text, for: conversationID) })
    }

    /// The draft kept for `conversationID`, byte for byte, or nil; a deleted conversation's
    /// draft is not offered.
    public func draft(for conversationID: Int64?) throws -> String? {
        let text = ExactText.selecting("d.text", as: "text")
        return try reading(sqlite: { db in
            guard let id = conversationID else {
                return try Data.fetchOne(
                    db, sql: "SELECT \(text) FROM drafts d WHERE d.user_id = ? AND d.conversation_id = 0",
                    arguments: [user.rawValue]
                ).map(ExactText.text)
            }
            return try Data.fetchOne(
                db,
                sql: """
                    SELECT \(text) FROM drafts d JOIN conversations c ON c.id = d.conversation_id
                    WHERE d.user_id = ? AND d.conversation_id = ? AND c.user_id = d.user_id AND c.deleted_at IS NULL
                    """,
                arguments: [user.rawValue, id]
            ).map(ExactText.text)
        }, postgres: { try $0.draft(for: conversationID) })
    }
}
