import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The detail pane on a terminal too short for it: it scrolls, and an edit keeps its cursor
/// on the screen.
@Suite struct UpdateTaskDetailTests {
    private var bills: TaskDetail {
        var task = task(2, "Pay the electricity bill", priority: .high, tags: ["bills"])
        task.description = "Account 4471-22\nPay online."
        let history = [
            TaskHistoryEntry(action: .update, source: .agent, at: fixedNow, undone: false, fields: ["priority: none → high"]),
            TaskHistoryEntry(action: .add, source: .mcp, at: fixedNow.addingTimeInterval(-60), undone: false, fields: []),
        ]
        return TaskDetail(task: task, history: history)
    }

    /// The pane open at 40×10, where it shows five rows.
    private func detailAt40x10() -> AppState {
        var state = AppState.fixture(size: Size(rows: 10, cols: 40))
        state.send(.key(.function(2)))
        state.answerReview([bills.task])
        state.send(.key(.enter), .taskDetailLoaded(bills))
        return state
    }

    private func listRows(_ state: AppState) -> String {
        rows(view(state))[2...7].joined(separator: "\n")
    }

    @Test func jScrollsASmallPaneDownToTheDescriptionAndHistory() {
        var state = detailAt40x10()
        #expect(!listRows(state).contains("Account 4471-22"))
        #expect(listRows(state).contains("↓"))

        for _ in 0..<20 { state.send(.key(.character("j"))) }

        let shown = listRows(state)
        #expect(shown.contains("added (mcp)"))
        #expect(shown.contains("↑"))
        #expect(!shown.contains("↓"))
        state.send(.key(.pageUp), .key(.pageUp), .key(.pageUp))
        #expect(state.review?.detailOffset == 0)
    }

    /// A description of 60 sentences hides the history many screens down: G reaches it, g
    /// comes back, and the wheel scrolls as j and k do.
    @Test func gAndGReachTheHistoryPastALongDescription() {
        var long = bills
        long.task.description = (0..<60).map { "Sentence \($0) of a long description." }.joined(separator: " ")
        var state = AppState.fixture(size: Size(rows: 10, cols: 40))
        state.send(.key(.function(2)))
        state.answerReview([long.task])
        state.send(.key(.enter), .taskDetailLoaded(long))

        state.send(.key(.character("G")))
        #expect(listRows(state).contains("added (mcp)"))
        #expect(!listRows(state).contains("↓"))
        state.send(.key(.home))
        #expect(state.review?.detailOffset == 0)
        state.send(.key(.end), .key(.character("g")), .key(.wheelDown), .key(.wheelDown), .key(.wheelUp))
        #expect(state.review?.detailOffset == 1)
    }

    @Test func editingTheDescriptionShowsItsCursorOnTheScreen() {
        var state = detailAt40x10()
        state.send(.key(.character("e")))
        state.type(" Ask for a receipt.")

        let grid = view(state)
        #expect((TaskReviewLayout.listTop..<TaskReviewLayout.noticeRow(grid.size)).contains(grid.cursor?.row ?? -1))
        #expect(rows(grid).joined().contains("Ask for a receipt."))
    }

    @Test func reopeningTheDetailsStartsAtTheTop() {
        var state = detailAt40x10()
        state.send(.key(.down), .key(.down), .key(.escape), .key(.enter))
        #expect(state.review?.detailOffset == 0)
    }

    /// "Description saved" answers the edit; the next key gives its row back to the scroll mark.
    @Test func aKeyClearsTheNoticeSoTheScrollMarkShows() {
        var state = detailAt40x10()
        state.send(.taskChanged(summary: "#2 Pay the electricity bill: description saved."))
        #expect(rows(view(state))[7].contains("Pay the electricity bill: descr"))
        state.send(.key(.down))
        #expect(rows(view(state))[7].contains("↑ 1 more"))
    }

    /// `?` in the pane lists the keys, and leaving the list goes back to the same task.
    @Test func questionMarkInThePaneShowsTheKeysThenReturnsToTheTask() {
        var state = detailAt40x10()
        state.send(.key(.character("?")))
        #expect(state.review?.mode == .help(offset: 0))
        state.send(.key(.escape))
        #expect(state.review?.mode == .detail(bills))
        #expect(rows(view(state)).joined().contains("Pay the electricity bill"))
    }
}
