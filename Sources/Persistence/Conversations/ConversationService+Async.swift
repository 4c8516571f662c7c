import Foundation
internal import GRDB

/// The same operations for async callers, such as the turn loop: on SQLite they suspend
/// instead of blocking one of the cooperative pool's few threads.
extension ConversationService {
    public func startConversation(with first: NewMessage) async throws -> (Conversation, StoredMessage) {
        try await writing(sqlite: { [self] db in try start(with: first, in: db) }, postgres: { try $0.start(with: first) })
    }

    public func append(
        _ message: NewMessage, to conversationID: Int64, renewing lease: LeaseRenewal? = nil
    ) async throws -> StoredMessage {
        try await writing(
            .statement, sqlite: { [self] db in try append([message], to: conversationID, renewing: lease, in: db)[0] },
            postgres: { try $0.append([message], to: conversationID, renewing: lease)[0] })
    }

    public func appendStep(
        to conversationID: Int64, assistant: NewMessage, renewing lease: LeaseRenewal? = nil,
        tools: @Sendable (TaskEditor) throws -> [NewMessage]
    ) async throws -> [StoredMessage] {
        try await writing(
            sqlite: { [self] db in
                try step(to: conversationID, assistant: assistant, renewing: lease, tools: tools, in: db)
            },
            postgres: { try $0.step(to: conversationID, assistant: assistant, renewing: lease, tools: tools) })
    }

    public func newestMessages(in conversationID: Int64, limit: Int) async throws -> [StoredMessage] {
        try await reading(
            .statement, sqlite: { [self] db in try newest(in: conversationID, limit: limit, db: db) },
            postgres: { try $0.newest(in: conversationID, limit: limit) })
    }

    public func messages(in conversationID: Int64, before messageID: Int64, limit: Int) async throws -> [StoredMessage] {
        try await reading(
            .statement, sqlite: { [self] db in try older(in: conversationID, before: messageID, limit: limit, db: db) },
            postgres: { try $0.older(in: conversationID, before: messageID, limit: limit) })
    }

    public func conversation(id: Int64) async throws -> Conversation {
        try await reading(
            .statement, sqlite: { [self] db in try ConversationRecord.owned(id: id, user: user, in: db).conversation },
            postgres: { try $0.owned(id) })
    }

    public func mostRecent() async throws -> Conversation? {
        try await reading(
            .statement, sqlite: { [self] db in try ConversationRecord.newest(user: user, limit: 1, in: db).first?.conversation },
            postgres: { try $0.list(limit: 1).first })
    }

    public func acquireLease(conversationID: Int64, pid: Int32, now: Date, staleAfter: TimeInterval) async throws {
        try await writing(
            .statement,
            sqlite: { [self] db in
                try acquireLease(conversationID: conversationID, pid: pid, now: now, staleAfter: staleAfter, in: db)
            },
            postgres: { try $0.acquireLease(conversationID: conversationID, pid: pid, now: now, staleAfter: staleAfter) })
    }

    public func renewLease(conversationID: Int64, pid: Int32, now: Date) async throws {
        try await writing(
            .statement, sqlite: { [self] db in try renewLease(conversationID: conversationID, pid: pid, now: now, in: db) },
            postgres: { try $0.renewLease(conversationID: conversationID, pid: pid, now: now) })
    }

    public func releaseLease(conversationID: Int64, pid: Int32) async throws {
        try await writing(
            .statement, sqlite: { [self] db in try releaseLease(conversationID: conversationID, pid: pid, in: db) },
            postgres: { try $0.releaseLease(conversationID: conversationID, pid: pid) })
    }
}
