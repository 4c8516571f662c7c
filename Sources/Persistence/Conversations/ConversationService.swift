import Foundation
internal import GRDB

/// The user's saved conversations and their messages.
///
/// Each call is one transaction. A message and its conversation's counters commit
/// together, and a model step (assistant message, tool effects, tool results) commits
/// as one unit through ``appendStep(to:assistant:tools:)``.
public struct ConversationService: Sendable {
    public let database: AppDatabase
    public let user: UserID
    /// Stamps messages, and is the clock tools see in ``appendStep(to:assistant:tools:)``.
    public let clock: TaskClock

    public init(database: AppDatabase, user: UserID, clock: TaskClock) {
        self.database = database
        self.user = user
        self.clock = clock
    }

    /// Creates a conversation together with its first message, titled after it, so
    /// that opening and quitting leaves nothing behind.
    public func startConversation(with first: NewMessage) throws -> (Conversation, StoredMessage) {
        try writing(sqlite: { try start(with: first, in: $0) }, postgres: { try $0.start(with: first) })
    }

    /// Appends a message and updates the conversation's time and counters; with `lease`,
    /// only while this process still holds the conversation's lease, which it renews.
    public func append(
        _ message: NewMessage, to conversationID: Int64, renewing lease: LeaseRenewal? = nil
    ) throws -> StoredMessage {
        try writing(
            .statement, sqlite: { try append([message], to: conversationID, renewing: lease, in: $0)[0] },
            postgres: { try $0.append([message], to: conversationID, renewing: lease)[0] })
    }

    /// Appends many messages in one transaction, for imports and for building large
    /// conversations in tests and benchmarks without holding them all in memory.
    public func append(contentsOf messages: some Sequence<NewMessage>, to conversationID: Int64) throws {
        try writing(
            sqlite: { _ = try append(messages, to: conversationID, in: $0, keepingResults: false) },
            postgres: { _ = try $0.append(messages, to: conversationID, keepingResults: false) })
    }

    /// Stores one model step atomically: the assistant message, then `tools` run
    /// against the user's tasks (journaled as the agent's), then the tool messages it
    /// returns. If anything throws, none of it is stored. With `lease`, the step is stored
    /// only while this process still holds the conversation's lease, renewed in the same
    /// transaction, so no other copy can take it over between the check and the commit.
    public func appendStep(
        to conversationID: Int64, assistant: NewMessage, renewing lease: LeaseRenewal? = nil,
        tools: (TaskEditor) throws -> [NewMessage]
    ) throws -> [StoredMessage] {
        try writing(
            sqlite: { try step(to: conversationID, assistant: assistant, renewing: lease, tools: tools, in: $0) },
            postgres: { try $0.step(to: conversationID, assistant: assistant, renewing: lease, tools: tools) })
    }

    public func conversation(id: Int64) throws -> Conversation {
        try reading(
            .statement, sqlite: { try ConversationRecord.owned(id: id, user: user, in: $0).conversation },
            postgres: { try $0.owned(id) })
    }

    /// Newest first (by last message, then id); nil lists them all.
    public func list(limit: Int?) throws -> [Conversation] {
        try reading(
            .statement, sqlite: { try ConversationRecord.newest(user: user, limit: limit, in: $0).map(\.conversation) },
            postgres: { try $0.list(limit: limit) })
    }

    /// The conversation with the newest message, for `--continue`.
    public func mostRecent() throws -> Conversation? {
        try list(limit: 1).first
    }

    /// The newest `limit` messages, oldest first.
    public func newestMessages(in conversationID: Int64, limit: Int) throws -> [StoredMessage] {
        try reading(
            .statement, sqlite: { try newest(in: conversationID, limit: limit, db: $0) },
            postgres: { try $0.newest(in: conversationID, limit: limit) })
    }

    /// Up to `limit` messages just older than `messageID`, oldest first: the page
    /// above what is on screen.
    public func messages(in conversationID: Int64, before messageID: Int64, limit: Int) throws -> [StoredMessage] {
        try reading(
            .statement, sqlite: { try older(in: conversationID, before: messageID, limit: limit, db: $0) },
            postgres: { try $0.older(in: conversationID, before: messageID, limit: limit) })
    }

    /// Up to `limit` messages after `messageID` (from the start when nil), oldest
    /// first: pages for streaming a whole transcript.
    public func messages(in conversationID: Int64, after messageID: Int64?, limit: Int) throws -> [StoredMessage] {
        try reading(
            .statement, sqlite: { try newer(in: conversationID, after: messageID, limit: limit, db: $0) },
            postgres: { try $0.newer(in: conversationID, after: messageID, limit: limit) })
    }
}
