internal import GRDB

/// The same operations for async callers, such as the turn loop: they suspend
/// instead of blocking one of the cooperative pool's few threads.
extension ConversationService {
    public func startConversation(with first: NewMessage) async throws -> (Conversation, StoredMessage) {
        try await database.pool.write { [self] db in try start(with: first, in: db) }
    }

    public func append(_ message: NewMessage, to conversationID: Int64) async throws -> StoredMessage {
        try await database.pool.write { [self] db in try append([message], to: conversationID, in: db)[0] }
    }

    public func appendStep(
        to conversationID: Int64, assistant: NewMessage, tools: @Sendable (TaskEditor) throws -> [NewMessage]
    ) async throws -> [StoredMessage] {
        try await database.pool.write { [self] db in
            try step(to: conversationID, assistant: assistant, tools: tools, in: db)
        }
    }

    public func newestMessages(in conversationID: Int64, limit: Int) async throws -> [StoredMessage] {
        try await database.pool.read { [self] db in try newest(in: conversationID, limit: limit, db: db) }
    }

    public func messages(in conversationID: Int64, before messageID: Int64, limit: Int) async throws -> [StoredMessage] {
        try await database.pool.read { [self] db in
            try older(in: conversationID, before: messageID, limit: limit, db: db)
        }
    }
}
