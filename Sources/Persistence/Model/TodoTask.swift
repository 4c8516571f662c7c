import Foundation

/// A task as stored, tags and dates decoded.
public struct TodoTask: Identifiable, Hashable, Sendable {
    public var id: Int64
    public var userID: UserID
    public var title: String
    public var description: String?
    public var completed: Bool
    public var priority: Priority?
    /// Normalised and sorted.
    public var tags: [String]
    public var due: Due?
    public var recurrence: Recurrence?
    public var createdAt: Date
    public var updatedAt: Date
    public var completedAt: Date?
    public var deletedAt: Date?

    public init(
        id: Int64, userID: UserID, title: String, description: String?, completed: Bool,
        priority: Priority?, tags: [String], due: Due?, recurrence: Recurrence?,
        createdAt: Date, updatedAt: Date, completedAt: Date?, deletedAt: Date?
    ) {
        self.id = id
        self.userID = userID
        self.title = title
        self.description = description
        self.completed = completed
        self.priority = priority
        self.tags = tags
        self.due = due
        self.recurrence = recurrence
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.completedAt = completedAt
        self.deletedAt = deletedAt
    }
}
