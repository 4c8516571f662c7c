import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// Whole screens, compared with the reviewed baselines in `Snapshots/`.
@Suite struct ScreenSnapshotTests {
    /// A conversation with every kind of entry, idle, with reminders and usage to show.
    func conversation(size: Size) -> AppState {
        var state = AppState.fixture(size: size, conversationID: 12)
        state.transcript.entries = [
            .user("Remind me to pay the electricity bill on Friday, it's urgent"),
            .tool(ToolActivity(name: "add_task", summary: "#5 Pay the electricity bill", status: .succeeded)),
            .assistant(
                "Added **Pay the electricity bill**, due Fri 21 Mar, priority `high`.\n\nYou also have:\n- Buy groceries for the weekend, milk and eggs and bread\n- Call mom",
                interrupted: false),
            .user("Mark task 42 as done"),
            .tool(ToolActivity(name: "complete_task", summary: "task 42 not found", status: .failed)),
            .assistant("I could not find task 42. Try `list my tasks` to see the numbers.", interrupted: false),
        ]
        state.tokensUsed = 1_234
        state.reminders = ReminderCounts(overdue: 2, dueToday: 1)
        state.type("and the dentist")
        return state
    }

    @Test func chatAt80x24() {
        assertSnapshot(view(conversation(size: Size(rows: 24, cols: 80))))
    }

    @Test func chatAt40x10() {
        assertSnapshot(view(conversation(size: Size(rows: 10, cols: 40))))
    }

    @Test func helpAt80x24() {
        var state = AppState.fixture()
        state.send(.key(.function(1)))
        assertSnapshot(view(state))
    }

    @Test func helpScrolledToTheEndAt40x10() {
        var state = AppState.fixture(size: Size(rows: 10, cols: 40))
        state.send(.key(.function(1)), .key(.end))
        assertSnapshot(view(state))
    }

    @Test func tooSmallAt39x9() {
        assertSnapshot(view(conversation(size: Size(rows: 9, cols: 39))))
    }

    @Test func welcomeAt80x24() {
        assertSnapshot(view(AppState.fixture()))
    }

    @Test func streamingWideTextAt40x10() {
        var state = AppState.fixture(size: Size(rows: 10, cols: 40))
        state.type("日本語で")
        state.send(.key(.enter), .tick(fixedNow), .turn(1, .textDelta("はい、タスクを追加しました 👍🏽 family 👨‍👩‍👧 ok")))
        assertSnapshot(view(state))
    }

    @Test func failedTurnAt80x24() {
        var state = AppState.fixture()
        state.type("add milk")
        state.send(.key(.enter), .turn(1, .failed(message: "Cannot reach http://127.0.0.1:9/v1 (connection refused).")))
        assertSnapshot(view(state))
    }

    @Test func scrolledUpWithAMultiLineInputAt80x24() {
        var state = conversation(size: Size(rows: 24, cols: 80))
        state.transcript.entries += state.transcript.entries
        state.send(.key(.altEnter))
        state.type("and the vet\nand the plumber")
        state.send(.key(.wheelUp))
        assertSnapshot(view(state))
    }

    private func reviewing(size: Size) -> AppState {
        var state = AppState.fixture(size: size)
        state.reminders = ReminderCounts(overdue: 1, dueToday: 1)
        state.send(.key(.function(2)))
        state.answerReview([
            task(1, "Buy groceries", tags: ["home"]),
            task(2, "Pay the electricity bill", priority: .high, due: day("2025-03-12")),
            task(3, "Call the dentist", priority: .medium, due: day("2025-03-14")),
            task(4, "Water the plants", due: day("2025-03-20"), tags: ["home", "weekly"]),
            task(5, "Old \u{1B}[31mtask", completed: true),
        ])
        state.send(.key(.down), .taskChanged(summary: "Undid: completed #2 Pay the electricity bill"))
        return state
    }

    @Test func reviewAt80x24() {
        assertSnapshot(view(reviewing(size: Size(rows: 24, cols: 80))))
    }

    @Test func reviewAt40x10() {
        assertSnapshot(view(reviewing(size: Size(rows: 10, cols: 40))))
    }

    @Test func reviewRenamingAt80x24() {
        var state = reviewing(size: Size(rows: 24, cols: 80))
        state.send(.key(.character("e")), .key(.ctrl("w")))
        state.type("gas bill")
        assertSnapshot(view(state))
    }

    private func reviewingDetails(size: Size) -> AppState {
        var state = reviewing(size: size)
        var groceries = task(2, "Pay the electricity bill", priority: .high, due: day("2025-03-12"), tags: ["bills"])
        groceries.description = "Account 4471-22\nPay online, or at the post office before noon."
        groceries.createdAt = fixedNow.addingTimeInterval(-86_400 * 3)
        let history = [
            TaskHistoryEntry(action: .complete, source: .tui, at: fixedNow.addingTimeInterval(-600), undone: true, fields: []),
            TaskHistoryEntry(
                action: .update, source: .agent, at: fixedNow.addingTimeInterval(-3_600), undone: false,
                fields: ["priority: none → high", "due: none → 2025-03-12"]),
            TaskHistoryEntry(action: .add, source: .mcp, at: fixedNow.addingTimeInterval(-86_400 * 3), undone: false, fields: []),
        ]
        state.send(.key(.enter), .taskDetailLoaded(TaskDetail(task: groceries, history: history)))
        return state
    }

    @Test func reviewDetailsAt80x24() {
        assertSnapshot(view(reviewingDetails(size: Size(rows: 24, cols: 80))))
    }

    @Test func reviewDetailsAt40x10() {
        assertSnapshot(view(reviewingDetails(size: Size(rows: 10, cols: 40))))
    }

    @Test func reviewDetailsScrolledToTheHistoryAt40x10() {
        var state = reviewingDetails(size: Size(rows: 10, cols: 40))
        state.send(.key(.pageDown))
        assertSnapshot(view(state))
    }

    @Test func reviewEditingTheDescriptionAt40x10() {
        var state = reviewingDetails(size: Size(rows: 10, cols: 40))
        state.send(.key(.character("e")), .key(.altEnter))
        state.type("Ask for a receipt.")
        assertSnapshot(view(state))
    }

    @Test func reviewEditingTheDescriptionAt80x24() {
        var state = reviewingDetails(size: Size(rows: 24, cols: 80))
        state.send(.key(.character("e")), .key(.altEnter))
        state.type("Ask for a receipt.")
        assertSnapshot(view(state))
    }

    @Test func reviewHelpAt80x24() {
        var state = reviewing(size: Size(rows: 24, cols: 80))
        state.send(.key(.character("?")))
        assertSnapshot(view(state))
    }

    @Test func reviewHelpAt40x10() {
        var state = reviewing(size: Size(rows: 10, cols: 40))
        state.send(.key(.character("?")))
        assertSnapshot(view(state))
    }

    @Test func reviewSettingTheDueDateAt40x10() {
        var state = reviewing(size: Size(rows: 10, cols: 40))
        state.send(.key(.character("D")), .key(.ctrl("u")))
        state.type("fri 17:00")
        assertSnapshot(view(state))
    }

    private func picking(size: Size) -> AppState {
        var state = AppState.fixture(size: size, conversationID: 3)
        state.send(.key(.ctrl("o")))
        state.answerPicker([
            ChatTUITests.conversation(12, "Bills and groceries", messages: 34),
            ChatTUITests.conversation(3, "Dentist", messages: 1, daysAgo: 3),
            ChatTUITests.conversation(2, "Bills for March", messages: 6, daysAgo: 9),
        ])
        return state
    }

    @Test func pickerAt80x24() {
        assertSnapshot(view(picking(size: Size(rows: 24, cols: 80))))
    }

    /// Two conversations titled with the filter and one kept for its messages.
    private let filteredByBills = [
        ChatTUITests.conversation(12, "Bills and groceries", messages: 34),
        ChatTUITests.conversation(3, "Dentist", messages: 1, daysAgo: 3),
        ChatTUITests.conversation(2, "Bills for March", messages: 6, daysAgo: 9),
    ]

    @Test func pickerWithAFilterAt80x24() {
        var state = picking(size: Size(rows: 24, cols: 80))
        state.send(.key(.character("/")))
        state.type("bills")
        state.answerPicker(filteredByBills)
        assertSnapshot(view(state))
    }

    @Test func pickerWithAFilterAt40x10() {
        var state = picking(size: Size(rows: 10, cols: 40))
        state.send(.key(.character("/")))
        state.type("bills")
        state.answerPicker(filteredByBills)
        assertSnapshot(view(state))
    }

    @Test func pickerHelpAt80x24() {
        var state = picking(size: Size(rows: 24, cols: 80))
        state.send(.key(.character("?")))
        assertSnapshot(view(state))
    }

    @Test func pickerHelpAt40x10() {
        var state = picking(size: Size(rows: 10, cols: 40))
        state.send(.key(.character("?")))
        assertSnapshot(view(state))
    }

    @Test func pickerAskingBeforeDeletingAt80x24() {
        var state = picking(size: Size(rows: 24, cols: 80))
        state.send(.key(.character("G")), .key(.character("d")))
        assertSnapshot(view(state))
    }
}
