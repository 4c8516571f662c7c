import Foundation

/// A saved conversation; its counters are kept up to date with every message.
public struct Conversation: Identifiable, Hashable, Sendable {
    public var id: Int64
    public var userID: UserID
    public var title: String
    public var createdAt: Date
    /// The time of the newest message.
    public var updatedAt: Date
    public var messageCount: Int
    /// The sum of the messages' token estimates.
    public var tokenCount: Int

    public init(
        id: Int64, userID: UserID, title: String, createdAt: Date, updatedAt: Date, messageCount: Int,
        tokenCount: Int
    ) {
        self.id = id
        self.userID = userID
        self.title = title
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.messageCount = messageCount
        self.tokenCount = tokenCount
    }
}
