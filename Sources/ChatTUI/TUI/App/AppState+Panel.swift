import Foundation
import Persistence

/// The task panel: its toggle, its loads, and the marks on the rows the agent touched.
extension AppState {
    /// Wanted, and the terminal wide enough to keep the chat its room beside it.
    var showsPanel: Bool { taskPanel.isWanted && TaskPanelLayout.fits(size) }

    /// F3 and `/panel`. Below the width the panel needs, the toggle is still kept, so the
    /// panel appears once the window is widened.
    mutating func togglePanel() -> [Effect] {
        taskPanel.isWanted.toggle()
        guard taskPanel.isWanted else {
            flash = "Task panel off: F3 or /panel shows it again."
            return []
        }
        if !TaskPanelLayout.fits(size) {
            flash = "The task panel needs \(TaskPanelLayout.minimumColumns) columns; it shows when the window is that wide."
        }
        return loadPanel()
    }

    /// Reads the panel's rows again when it shows; a hidden panel reads nothing.
    mutating func loadPanel() -> [Effect] {
        guard showsPanel else { return [] }
        taskPanel.lastRequest += 1
        return [.loadPanel(TaskPanelRequest(number: taskPanel.lastRequest, limit: TaskPanelLayout.rowLimit(size)))]
    }

    mutating func panelLoaded(_ request: TaskPanelRequest, _ window: ListWindow<TodoTask>) -> [Effect] {
        guard request.number == taskPanel.lastRequest else { return [] }
        taskPanel.tasks = window.items
        taskPanel.total = window.total
        taskPanel.isLoaded = true
        dropEndedHighlights()
        return []
    }

    /// A resize may bring the panel back (wider) or give it rows it has not read (taller).
    mutating func panelResized(from old: Size) -> [Effect] {
        let wasShown = taskPanel.isWanted && TaskPanelLayout.fits(old)
        guard showsPanel, !wasShown || TaskPanelLayout.rowLimit(size) > TaskPanelLayout.rowLimit(old) else { return [] }
        return loadPanel()
    }

    /// A tool of this process's turn finished: the task it touched is marked, and the panel
    /// reads its rows again. A completed or deleted row stays, dimmed, until its mark ends.
    mutating func panelToolFinished(name: String, task: Int64?, nextTask: Int64?) -> [Effect] {
        guard let task else { return [] }
        let until = now.addingTimeInterval(TaskPanel.highlightDuration)
        if ["complete_task", "delete_task"].contains(name) {
            taskPanel.highlights[task] = PanelHighlight(kind: .leaving, until: until)
            let rows = taskPanel.rows
            if let index = rows.firstIndex(where: { $0.id == task }) {
                taskPanel.leaving.removeAll { $0.task.id == task }
                taskPanel.leaving.append(LeavingRow(task: rows[index], index: index))
            }
        } else {
            taskPanel.highlights[task] = PanelHighlight(kind: .changed, until: until)
        }
        if let nextTask { taskPanel.highlights[nextTask] = PanelHighlight(kind: .changed, until: until) }
        return loadPanel()
    }

    /// On each tick: once a mark has ended the panel is read again, and the marks go when
    /// the new rows arrive, so the frame that drops them is drawn (a tick alone draws none).
    mutating func panelTicked() -> [Effect] {
        guard taskPanel.highlights.values.contains(where: { $0.until <= now }) else { return [] }
        guard showsPanel else {
            dropEndedHighlights()
            return []
        }
        return loadPanel()
    }

    private mutating func dropEndedHighlights() {
        let now = now
        taskPanel.highlights = taskPanel.highlights.filter { $0.value.until > now }
        taskPanel.leaving.removeAll { taskPanel.highlights[$0.task.id] == nil }
    }
}
