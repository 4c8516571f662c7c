import Foundation
internal import GRDB

/// The statements behind both the blocking and the async methods.
extension ConversationService {
    func start(with first: NewMessage, in db: Database) throws -> (Conversation, StoredMessage) {
        let now = clock.now
        var record = ConversationRecord(
            id: nil, userId: user.rawValue, title: ConversationRecord.title(from: first.content),
            createdAt: now, updatedAt: now, messageCount: 0, tokenCount: 0)
        try record.insert(db)
        guard let id = record.id else { throw DatabaseError(message: "conversation insert returned no id") }
        let message = try append([first], to: id, in: db)[0]
        return (try ConversationRecord.owned(id: id, user: user, in: db).conversation, message)
    }

    /// Inserts the messages, then updates the conversation row once; with `lease`, after
    /// renewing it (throwing `leaseLost` if this process no longer holds it).
    @discardableResult
    func append(
        _ messages: some Sequence<NewMessage>, to conversationID: Int64, renewing lease: LeaseRenewal? = nil,
        in db: Database, keepingResults: Bool = true
    ) throws -> [StoredMessage] {
        if let lease { try renewLease(conversationID: conversationID, pid: lease.pid, now: lease.now, in: db) }
        let now = clock.now
        return try insert(messages.lazy.map { ($0, now) }, to: conversationID, in: db, keepingResults: keepingResults)
    }

    /// Inserts each message stamped with its own moment; the conversation's `updated_at`
    /// becomes the latest of them, never earlier than it was.
    @discardableResult
    func insert(
        _ messages: some Sequence<(NewMessage, Date)>, to conversationID: Int64, in db: Database, keepingResults: Bool
    ) throws -> [StoredMessage] {
        let conversation = try ConversationRecord.owned(id: conversationID, user: user, in: db)
        var stored: [StoredMessage] = []
        var count = 0
        var tokens = 0
        var latest = conversation.updatedAt
        for (message, moment) in messages {
            var record = try MessageRecord(message, conversationID: conversationID, at: moment)
            try record.insert(db)
            count += 1
            tokens += record.tokenEstimate
            latest = max(latest, moment)
            if keepingResults {
                stored.append(record.message)
            }
        }
        try db.execute(
            sql: """
                UPDATE conversations
                SET updated_at = ?, message_count = message_count + ?, token_count = token_count + ?
                WHERE id = ?
                """,
            arguments: [latest, count, tokens, conversationID])
        return stored
    }

    func step(
        to conversationID: Int64, assistant: NewMessage, renewing lease: LeaseRenewal?,
        tools: (TaskEditor) throws -> [NewMessage], in db: Database
    ) throws -> [StoredMessage] {
        let first = try append([assistant], to: conversationID, renewing: lease, in: db)
        let results = try tools(TaskEditor(db: db, user: user, clock: clock, source: .agent))
        return first + (try append(results, to: conversationID, in: db))
    }

    func newest(in conversationID: Int64, limit: Int, db: Database) throws -> [StoredMessage] {
        _ = try ConversationRecord.owned(id: conversationID, user: user, in: db)
        let records = try MessageRecord.fetchAll(
            db, sql: MessageRecord.newestSQL, arguments: [conversationID, max(0, limit)])
        return records.reversed().map(\.message)
    }

    func older(in conversationID: Int64, before messageID: Int64, limit: Int, db: Database) throws -> [StoredMessage] {
        _ = try ConversationRecord.owned(id: conversationID, user: user, in: db)
        let records = try MessageRecord.fetchAll(
            db, sql: MessageRecord.beforeSQL, arguments: [conversationID, messageID, max(0, limit)])
        return records.reversed().map(\.message)
    }

    func newer(in conversationID: Int64, after messageID: Int64?, limit: Int, db: Database) throws -> [StoredMessage] {
        _ = try ConversationRecord.owned(id: conversationID, user: user, in: db)
        let records = try MessageRecord.fetchAll(
            db, sql: MessageRecord.afterSQL, arguments: [conversationID, messageID ?? 0, max(0, limit)])
        return records.map(\.message)
    }
}
