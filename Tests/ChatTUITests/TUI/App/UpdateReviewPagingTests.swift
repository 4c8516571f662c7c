import Persistence
import Testing
@testable import ChatTUI

/// The review over a list far longer than what it holds: 5,000 tasks, a window of 200.
@Suite struct UpdateReviewPagingTests {
    private let total = 5_000

    private func tasks(_ range: Range<Int>) -> [TodoTask] {
        range.map { task(Int64($0 + 1), "Task \($0 + 1)") }
    }

    /// The review open at 80×24 (19 list rows) on the first 200 of 5,000 tasks.
    private func reviewing() -> AppState {
        var state = AppState.fixture()
        state.send(.key(.function(2)))
        state.answerReview(tasks(0..<200), total: total)
        return state
    }

    @Test func theHeaderCountsEveryTaskNotJustTheLoadedOnes() {
        let state = reviewing()
        #expect(rows(view(state))[0].hasPrefix(" Tasks · pending (5000) · by created"))
    }

    @Test func bigGReachesTheLastTaskThroughTheLastWindow() {
        var state = reviewing()
        let effects = update(&state, .key(.character("G")))
        #expect(state.review?.selection.index == 4_999)
        #expect(effects == [.loadTaskWindow(TaskWindowRequest(
            query: ReviewSettings().query, anchor: .last, before: 114, after: 114, keepsSelection: false,
            known: ListPosition(total: 5_000, anchorIndex: 4_999)))])
        // Until it arrives the rows say they are coming.
        #expect(rows(view(state))[20].hasPrefix("  …"))

        state.answerReview(tasks(4_800..<5_000), offset: 4_800, total: total)

        let screen = rows(view(state))
        #expect(screen[20].contains("#5000 ☐ Task 5000"))
        #expect(screen[2].contains("#4982 ☐ Task 4982"))
        #expect(state.review?.selectedTask?.id == 5_000)
    }

    /// F2 then G typed before the first window is in: G waits for the rows, then goes to the
    /// last task instead of being lost on an empty list.
    @Test func aMoveTypedBeforeTheFirstWindowIsMadeOnceItArrives() {
        var state = AppState.fixture()
        state.send(.key(.function(2)))
        #expect(update(&state, .key(.character("G"))) == [])
        let effects = state.answerReview(tasks(0..<200), total: total)
        #expect(state.review?.selection.index == 4_999)
        #expect(effects == [.loadTaskWindow(TaskWindowRequest(
            query: ReviewSettings().query, anchor: .last, before: 114, after: 114, keepsSelection: false,
            known: ListPosition(total: 5_000, anchorIndex: 4_999)))])
    }

    @Test func pageKeysMoveAScreenAtATime() {
        var state = reviewing()
        state.send(.key(.pageDown))
        #expect(state.review?.selection.index == 19)
        #expect(rows(view(state))[2].contains("#2 ☐ Task 2"))
        state.send(.key(.pageDown), .key(.pageUp))
        #expect(state.review?.selection.index == 19)
        state.send(.key(.pageUp), .key(.pageUp))
        #expect(state.review?.selection.index == 0)
    }

    @Test func nearingTheEndOfTheWindowAsksForTheNextFromTheTaskItHolds() {
        var state = reviewing()
        var effects: [Effect] = []
        for _ in 0..<10 { effects += update(&state, .key(.pageDown)) }
        // Row 190 is shown with less than a screen loaded below it: read on from its task.
        #expect(effects == [.loadTaskWindow(TaskWindowRequest(
            query: ReviewSettings().query, anchor: .item(task(191, "Task 191")), before: 114, after: 114,
            keepsSelection: false, known: ListPosition(total: 5_000, anchorIndex: 190)))])
        // Further keys do not ask twice while it is on its way.
        #expect(update(&state, .key(.pageDown)) == [])
        state.answerReview(tasks(0..<400), total: total)
        #expect(state.review?.selection.index == 209)
        #expect(state.review?.selectedTask?.id == 210)
    }

    @Test func aStaleWindowIsDropped() {
        var state = reviewing()
        state.send(.key(.character("G")))
        let stale = TaskWindowRequest.opening
        state.send(.taskWindowLoaded(stale, ListWindow(items: tasks(0..<3), offset: 0, total: 3, anchorIndex: 0)))
        #expect(state.review?.selection.index == 4_999)
        #expect(state.review?.window.total == total)
    }

    @Test func theCursorStaysOnItsTaskWhenAReloadMovesIt() {
        var state = reviewing()
        state.send(.key(.pageDown), .key(.down))
        #expect(state.review?.selectedTask?.id == 21)
        // Another process added ten tasks in front of it.
        state.send(.externalChange)
        state.answerReview(tasks(0..<10) + tasks(0..<200), total: total + 10)
        #expect(state.review?.selection.index == 30)
        #expect(state.review?.selectedTask?.id == 21)
    }

    @Test func aTaskThatLeavesTheListLeavesTheCursorInItsPlace() {
        var state = reviewing()
        state.send(.key(.down), .key(.down))
        state.send(.taskChanged(summary: "Completed #3 Task 3."))
        state.answerReview(tasks(0..<2) + tasks(3..<200), total: total - 1)
        #expect(state.review?.selection.index == 2)
        #expect(state.review?.selectedTask?.id == 4)
    }

    @Test func theFilterAndTextFilterSurviveClosingAndReopening() {
        var state = reviewing()
        state.send(.key(.character("f")), .key(.character("/")))
        state.type("milk")
        state.send(.key(.enter), .key(.character("q")))
        let effects = update(&state, .key(.function(2)))
        #expect(effects == [.loadTaskRows(TaskWindowRequest(
            query: TaskQuery(status: .completed, search: "milk"), anchor: .first, before: 57, after: 57,
            keepsSelection: true, known: nil))])
    }

    @Test func aTextFilterWithNoMatchSaysSo() {
        var state = reviewing()
        state.send(.key(.character("/")))
        state.type("zebra")
        state.send(.key(.enter))
        state.answerReview([])
        #expect(rows(view(state))[2].hasPrefix("  No pending task matches “zebra”. / changes the filter."))
    }

    @Test func aKeyPressedWhileAReloadIsComingIsNotUndoneByIt() {
        var state = reviewing()
        state.send(.key(.character("s")), .key(.character("G")))
        state.answerReview(tasks(0..<200), total: total)
        #expect(state.review?.selection.index == 4_999)
    }
}
