import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// `u` in the review: the cursor goes to the task the undo brought back, so the next key
/// acts on it and not on the neighbour that took its row.
@Suite struct UpdateReviewUndoTests {
    private let tasks = [task(1, "Buy milk"), task(2, "Call mom"), task(3, "Pay rent")]

    /// The review on the three tasks, #2 deleted from under the cursor.
    private func afterDeletingTheSecond() -> AppState {
        var state = AppState.fixture()
        state.send(.key(.function(2)))
        state.answerReview(tasks)
        state.send(.key(.down), .key(.character("d")), .taskChanged(summary: "Deleted #2 Call mom. u brings it back."))
        state.answerReview([tasks[0], tasks[2]])
        return state
    }

    @Test func undoingADeleteBringsTheCursorBackToTheTask() {
        var state = afterDeletingTheSecond()
        #expect(state.review?.selectedTask?.id == 3)

        #expect(state.send(.key(.character("u"))) == [.undo])
        state.send(.taskRestored(tasks[1], summary: "Undid: deleted #2 Call mom"))
        state.answerReview(tasks)

        #expect(state.review?.selectedTask?.id == 2)
        #expect(state.review?.notice == "Undid: deleted #2 Call mom")
    }

    /// An undo that restores nothing (an added task removed) leaves the cursor where it is.
    @Test func anUndoWithNothingRestoredKeepsTheCursor() {
        var state = afterDeletingTheSecond()
        state.send(.key(.character("u")), .taskChanged(summary: "Undid: added #4 Walk the dog"))
        state.answerReview([tasks[0], tasks[2]])
        #expect(state.review?.selectedTask?.id == 3)
    }

    /// With a task's details open the pane keeps its task; only the list's cursor would move.
    @Test func anOpenDetailPaneIsNotMovedByTheUndo() {
        var state = afterDeletingTheSecond()
        state.send(.key(.enter), .taskDetailLoaded(TaskDetail(task: tasks[2], history: [])))
        let effects = state.send(.taskRestored(tasks[1], summary: "Undid: deleted #2 Call mom"))
        #expect(effects.contains(.loadTaskDetail(3)))
        state.answerReview(tasks)
        #expect(state.review?.selectedTask?.id == 3)
    }
}
