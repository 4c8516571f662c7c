import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The task panel's golden screens: beside the chat at 140×40, with an overdue task, one due
/// today, a wide title cut at its width, the row the agent just added marked and one it just
/// completed dimmed; and at 100×30, where it hides and the chat keeps the whole width.
extension ScreenSnapshotTests {
    private func withPanel(size: Size) -> AppState {
        var state = conversation(size: size)
        state.send(.key(.function(3)))
        let tasks = [
            task(7, "Renew the passport", priority: .high, due: day("2025-03-12"), tags: ["admin"]),
            task(5, "Pay the electricity bill", priority: .high, due: day("2025-03-14"), tags: ["home", "bills"]),
            task(9, "Call the plumber about the dripping kitchen tap and the boiler", due: day("2025-03-15")),
            task(11, "Dentist", priority: .medium, due: .instant(fixedNow.addingTimeInterval(3 * 86_400 + 5 * 3_600), utcOffsetSeconds: 0)),
            task(3, "誕生日プレゼントを買う、母と姉と父のために", priority: .low, due: day("2025-06-03"), tags: ["family"]),
            task(4, "Plan the 2026 trip", due: day("2026-01-20")),
            task(2, "Buy groceries for the weekend", tags: ["errands"]),
            task(8, "Read the book club novel"),
        ]
        state.send(.panelLoaded(
            TaskPanelRequest(number: 1, limit: size.rows - 1),
            ListWindow(items: tasks, offset: 0, total: tasks.count, anchorIndex: 0)))
        state.activity = .thinking(SentTurn(id: 1, text: "x", messageStored: true))
        state.send(
            .turn(1, .toolFinished(name: "complete_task", summary: "#2 Buy groceries", isError: false, task: 2)),
            .turn(1, .toolFinished(name: "add_task", summary: "#5 Pay the electricity bill", isError: false, task: 5)))
        state.send(.panelLoaded(
            TaskPanelRequest(number: 3, limit: size.rows - 1),
            ListWindow(items: tasks.filter { $0.id != 2 }, offset: 0, total: tasks.count - 1, anchorIndex: 0)))
        state.activity = .idle
        return state
    }

    @Test func panelAt140x40() {
        assertSnapshot(view(withPanel(size: Size(rows: 40, cols: 140))))
    }

    @Test func hiddenPanelAt100x30() {
        let state = withPanel(size: Size(rows: 30, cols: 100))
        #expect(state.taskPanel.isWanted)
        assertSnapshot(view(state))
    }
}
