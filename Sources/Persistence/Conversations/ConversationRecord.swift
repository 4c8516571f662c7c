import Foundation
internal import GRDB

/// A row of `conversations`.
struct ConversationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "conversations"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var userId: String
    var title: String
    var createdAt: Date
    var updatedAt: Date
    var messageCount: Int
    var tokenCount: Int
    /// Set by the picker's `d`; such a conversation is listed and opened nowhere until
    /// restored, and removed for good by a later session's delete.
    var deletedAt: Date? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The user's conversation `id`.
    static func owned(id: Int64, user: UserID, in db: Database) throws -> ConversationRecord {
        let record = try ConversationRecord
            .filter(Column("id") == id && Column("user_id") == user.rawValue && Column("deleted_at") == nil)
            .fetchOne(db)
        guard let record else { throw ConversationError.notFound(id) }
        return record
    }

    /// Newest first, walking the (user_id, updated_at) index.
    static func newest(user: UserID, limit: Int?, in db: Database) throws -> [ConversationRecord] {
        var request = ConversationRecord
            .filter(Column("user_id") == user.rawValue && Column("deleted_at") == nil)
            .order(Column("updated_at").desc, Column("id").desc)
        if let limit {
            request = request.limit(max(0, limit))
        }
        return try request.fetchAll(db)
    }

    var conversation: Conversation {
        Conversation(
            id: id ?? 0, userID: UserID(userId), title: title, createdAt: createdAt, updatedAt: updatedAt,
            messageCount: messageCount, tokenCount: tokenCount)
    }

    /// The first line of the first message, cleaned (`CleanText`), spaces collapsed, at
    /// most 60 characters. The message itself keeps every character it was sent with.
    static func title(from text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).lazy.map { CleanText.oneLine(String($0)) }
        let line = lines.first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        let words = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !words.isEmpty else { return "New conversation" }
        guard words.count > 60 else { return words }
        return words.prefix(59).trimmingCharacters(in: .whitespaces) + "…"
    }
}
