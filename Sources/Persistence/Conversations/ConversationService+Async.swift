import Foundation
internal import GRDB

/// The same operations for async callers, such as the turn loop: they suspend
/// instead of blocking one of the cooperative pool's few threads.
extension ConversationService {
    public func startConversation(with first: NewMessage) async throws -> (Conversation, StoredMessage) {
        try await database.write { [self] db in try start(with: first, in: db) }
    }

    public func append(_ message: NewMessage, to conversationID: Int64) async throws -> StoredMessage {
        try await database.write { [self] db in try append([message], to: conversationID, in: db)[0] }
    }

    public func appendStep(
        to conversationID: Int64, assistant: NewMessage, tools: @Sendable (TaskEditor) throws -> [NewMessage]
    ) async throws -> [StoredMessage] {
        try await database.write { [self] db in
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

    public func conversation(id: Int64) async throws -> Conversation {
        try await database.pool.read { [self] db in try ConversationRecord.owned(id: id, user: user, in: db).conversation }
    }

    public func mostRecent() async throws -> Conversation? {
        try await database.pool.read { [self] db in
            try ConversationRecord.newest(user: user, limit: 1, in: db).first?.conversation
        }
    }

    public func acquireLease(conversationID: Int64, pid: Int32, now: Date, staleAfter: TimeInterval) async throws {
        try await database.write { [self] db in
            try acquireLease(conversationID: conversationID, pid: pid, now: now, staleAfter: staleAfter, in: db)
        }
    }

    public func renewLease(conversationID: Int64, pid: Int32, now: Date) async throws {
        try await database.write { [self] db in
            try renewLease(conversationID: conversationID, pid: pid, now: now, in: db)
        }
    }

    public func releaseLease(conversationID: Int64, pid: Int32) async throws {
        try await database.write { [self] db in try releaseLease(conversationID: conversationID, pid: pid, in: db) }
    }
}
