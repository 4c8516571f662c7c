import Foundation

/// A conversation brought in from an export (`chattui import`), with its own title and times.
public struct ImportedConversation: Hashable, Sendable {
    public var title: String
    public var createdAt: Date
    /// Oldest first, each with the moment it was first stored.
    public var messages: [ImportedMessage]

    public init(title: String, createdAt: Date, messages: [ImportedMessage]) {
        self.title = title
        self.createdAt = createdAt
        self.messages = messages
    }
}

public struct ImportedMessage: Hashable, Sendable {
    public var message: NewMessage
    public var createdAt: Date

    public init(_ message: NewMessage, createdAt: Date) {
        self.message = message
        self.createdAt = createdAt
    }
}
