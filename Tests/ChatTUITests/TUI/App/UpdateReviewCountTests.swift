import Persistence
import Testing
@testable import ChatTUI

/// A new text filter paints its rows before it counts them: the count arrives as its own
/// message and places the rows among all matches, the cursor staying on its task.
@Suite struct UpdateReviewCountTests {
    private let total = 5_000

    private func tasks(_ ids: ClosedRange<Int>) -> [TodoTask] {
        ids.map { task(Int64($0), "Task \($0)") }
    }

    /// The review at 80×24 on 5,000 tasks, the cursor on #21, then `/`, "task", Enter.
    private func filtering() -> (AppState, [Effect]) {
        var state = AppState.fixture()
        state.send(.key(.function(2)))
        state.answerReview(tasks(1...200), total: total)
        state.send(.key(.pageDown), .key(.down), .key(.character("/")))
        state.type("task")
        let effects = update(&state, .key(.enter))
        return (state, effects)
    }

    private var filter: TaskQuery { TaskQuery(status: .pending, search: "task") }

    /// Opening the review paints its first rows before counting them: at 100,000 tasks the
    /// count is most of the first paint.
    @Test func theReviewOpensOnItsRowsAndCountsThemAfter() {
        var state = AppState.fixture()
        #expect(state.send(.key(.function(2))) == [.loadTaskRows(.opening)])
        let rows = UncountedWindow(items: tasks(1...57), anchorOffset: 0, reachesStart: true, reachesEnd: false)
        let count = TaskCountRequest(query: TaskWindowRequest.opening.query, anchor: .first)
        #expect(state.send(.taskRowsLoaded(.opening, rows)) == [.countTasks(count)])
        #expect(ChatTUITests.rows(view(state))[0].contains("Tasks · pending (counting…) · by created"))
        #expect(ChatTUITests.rows(view(state))[2].contains("#1 ☐ Task 1"))

        state.send(.tasksCounted(count, ListPosition(total: 100_000, anchorIndex: 0)))
        #expect(ChatTUITests.rows(view(state))[0].contains("Tasks · pending (100000) · by created"))
    }

    @Test func theRowsAreAskedForWithoutACount() {
        let (_, effects) = filtering()
        #expect(effects == [.loadTaskRows(TaskWindowRequest(
            query: filter, anchor: .item(task(21, "Task 21")), before: 57, after: 57, keepsSelection: true,
            known: nil))])
    }

    @Test func theRowsArePaintedAtOnceAndTheHeaderSaysTheCountIsComing() {
        var (state, _) = filtering()
        let effects = state.answerReviewRows(tasks(1...114), reachesStart: false, reachesEnd: false)

        #expect(effects == [.countTasks(TaskCountRequest(query: filter, anchor: .item(task(21, "Task 21"))))])
        let screen = rows(view(state))
        #expect(screen[0].hasPrefix(" Tasks · pending (counting…) · by created · matching “task”"))
        #expect(state.review?.selectedTask?.id == 21)
        #expect(screen.contains { $0.contains("#21 ☐ Task 21") })
    }

    @Test func theCountPlacesTheRowsAndTheCursorStaysOnItsTask() {
        var (state, _) = filtering()
        state.answerReviewRows(tasks(1...114), reachesStart: false, reachesEnd: false)
        let request = TaskCountRequest(query: filter, anchor: .item(task(21, "Task 21")))

        // 1,000 matches come before the first row held (taken as where the cursor was: row 20).
        let effects = state.send(.tasksCounted(request, ListPosition(total: 3_000, anchorIndex: 1_020)))

        #expect(state.review?.selection.index == 1_020)
        #expect(state.review?.selectedTask?.id == 21)
        #expect(state.review?.window.offset == 1_000)
        #expect(rows(view(state))[0].hasPrefix(" Tasks · pending (3000) · by created"))
        // Less than a screen is held above the cursor now: the next window is read, without counting.
        guard case .loadTaskWindow(let next)? = effects.first else {
            Issue.record("No window asked for: \(effects)")
            return
        }
        #expect(next.known?.total == 3_000)
    }

    @Test func keysPressedBeforeTheCountKeepTheirRow() {
        var (state, _) = filtering()
        state.answerReviewRows(tasks(1...114), reachesStart: false, reachesEnd: false)
        #expect(state.send(.key(.down), .key(.down)) == [])
        #expect(state.review?.selectedTask?.id == 23)

        state.send(.tasksCounted(
            TaskCountRequest(query: filter, anchor: .item(task(21, "Task 21"))),
            ListPosition(total: 3_000, anchorIndex: 520)))

        #expect(state.review?.selection.index == 522)
        #expect(state.review?.selectedTask?.id == 23)
    }

    @Test func theViewStaysWhereItWasWhileCounting() {
        var state = AppState.fixture()
        state.send(.key(.function(2)))
        state.answerReview(tasks(1...200), total: total)
        state.send(.key(.character("G")))
        state.answerReview(tasks(4_801...5_000), offset: 4_800, total: total)
        state.send(.key(.character("/")))
        state.type("task")
        state.send(.key(.enter))
        #expect(rows(view(state))[20].contains("#5000 ☐ Task 5000"))

        state.answerReviewRows(tasks(4_943...5_000), reachesStart: false, reachesEnd: true)

        let screen = rows(view(state))
        #expect(screen[20].contains("#5000 ☐ Task 5000"))
        #expect(screen[2].contains("#4982 ☐ Task 4982"))
        #expect(state.review?.selection.index == 4_999)
    }

    @Test func rowsThatHoldEveryMatchNeedNoCount() {
        var (state, _) = filtering()
        #expect(state.answerReviewRows(tasks(18...30), reachesStart: true, reachesEnd: true) == [])
        #expect(rows(view(state))[0].hasPrefix(" Tasks · pending (13) · by created"))
        #expect(state.review?.selection.index == 3)
        #expect(state.review?.selectedTask?.id == 21)
    }

    @Test func noMatchIsSaidAtOnce() {
        var (state, _) = filtering()
        #expect(state.answerReviewRows([], reachesStart: true, reachesEnd: true) == [])
        let screen = rows(view(state))
        #expect(screen[0].hasPrefix(" Tasks · pending (0) · by created"))
        #expect(screen[2].hasPrefix("  No pending task matches “task”. / changes the filter."))
    }

    @Test func aCountForAListNoLongerShownIsDropped() {
        var (state, _) = filtering()
        state.answerReviewRows(tasks(1...114), reachesStart: false, reachesEnd: false)
        // `f` reads the list again: the count of the one before no longer applies.
        state.send(.key(.character("f")))
        state.send(.tasksCounted(
            TaskCountRequest(query: filter, anchor: .item(task(21, "Task 21"))),
            ListPosition(total: 3_000, anchorIndex: 1_020)))
        #expect(state.review?.selection.index == 20)
        #expect(state.review?.counting == nil)
    }

    @Test func aSortBeforeTheCountCountsTheListItself() {
        var (state, _) = filtering()
        state.answerReviewRows(tasks(1...114), reachesStart: false, reachesEnd: false)
        let effects = state.send(.key(.character("s")))
        guard case .loadTaskWindow(let request)? = effects.first else {
            Issue.record("No reload: \(effects)")
            return
        }
        #expect(request.total == nil)
    }
}
