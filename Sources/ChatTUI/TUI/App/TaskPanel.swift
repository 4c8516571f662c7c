import Foundation
import Persistence

/// The live task panel beside the chat (F3, `/panel`): whether it is wanted, the first
/// screenful of pending tasks by due date, and the rows the agent just touched.
///
/// Only what fits on screen is held, read as one window through `TaskService`, so the panel
/// costs the same at 10 tasks and at 100,000.
struct TaskPanel: Hashable, Sendable {
    /// How long a row the agent touched stays marked.
    static let highlightDuration: TimeInterval = 2

    /// The toggle, kept for the session: a terminal too narrow hides the panel but leaves it
    /// wanted, so widening the window brings it back.
    var isWanted = false
    /// The pending tasks shown, soonest due first, undated last.
    var tasks: [TodoTask] = []
    /// Every pending task, beyond those shown.
    var total = 0
    var isLoaded = false
    /// The newest load asked for; answers to older ones are dropped.
    var lastRequest = 0
    /// Rows the agent added, changed or completed, until the time each stays marked.
    var highlights: [Int64: PanelHighlight] = [:]
    /// Tasks completed or deleted by the agent, still drawn (dimmed) at the place they had
    /// until their mark ends, though the database no longer lists them as pending.
    var leaving: [LeavingRow] = []

    /// What to draw, top first: the loaded rows with the leaving ones put back in place.
    var rows: [TodoTask] {
        var rows = tasks
        for row in leaving where !rows.contains(where: { $0.id == row.task.id }) {
            rows.insert(row.task, at: min(row.index, rows.count))
        }
        return rows
    }
}

/// A row on its way out of the panel, and the index it was drawn at.
struct LeavingRow: Hashable, Sendable {
    var task: TodoTask
    var index: Int
}

/// How a row the agent touched is marked, and until when.
struct PanelHighlight: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// Added or changed: drawn bright.
        case changed
        /// Completed or deleted: drawn dimmed with a check until it leaves the panel.
        case leaving
    }

    var kind: Kind
    var until: Date
}

/// One load of the panel: its number, so a late answer is dropped, and how many rows to read.
struct TaskPanelRequest: Hashable, Sendable {
    var number: Int
    var limit: Int
}
