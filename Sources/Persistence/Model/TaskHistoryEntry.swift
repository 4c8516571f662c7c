import Foundation

/// One change of a task as the undo journal keeps it, for the review's detail pane.
public struct TaskHistoryEntry: Hashable, Sendable {
    public var action: TaskAction
    public var source: ChangeSource
    public var at: Date
    /// Set once `u` (or "undo that") reverted the change.
    public var undone: Bool
    /// What changed, one field each: "title: Buy milk → Buy oat milk", "due: none → 2025-03-14".
    public var fields: [String]

    public init(action: TaskAction, source: ChangeSource, at: Date, undone: Bool, fields: [String]) {
        self.action = action
        self.source = source
        self.at = at
        self.undone = undone
        self.fields = fields
    }
}
