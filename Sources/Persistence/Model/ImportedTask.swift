import Foundation

/// A task brought in from elsewhere (Taskwarrior, todo.txt, an export) with the state and
/// the times it already had there.
public struct ImportedTask: Hashable, Sendable {
    public var draft: TaskDraft
    public var completed: Bool
    /// When it was made elsewhere; nil takes the moment of the import.
    public var createdAt: Date?
    /// When it was finished elsewhere; a completed task without one takes the moment of the import.
    public var completedAt: Date?

    public init(_ draft: TaskDraft, completed: Bool = false, createdAt: Date? = nil, completedAt: Date? = nil) {
        self.draft = draft
        self.completed = completed
        self.createdAt = createdAt
        self.completedAt = completedAt
    }
}
