import Persistence
import Testing
@testable import ChatTUI

@Suite struct UpdateReviewTests {
    /// The review open on three tasks, the first selected.
    private func reviewing() -> AppState {
        var state = AppState.fixture()
        state.send(.key(.function(2)))
        state.answerReview([
            task(1, "Buy groceries"), task(2, "Pay bills", completed: true, priority: .high), task(3, "Call mom", priority: .low),
        ])
        return state
    }

    @Test func jkAndArrowsMoveWithinTheList() {
        var state = reviewing()
        state.send(.key(.character("j")), .key(.down), .key(.down))
        #expect(state.review?.selection.index == 2)
        state.send(.key(.character("k")), .key(.up), .key(.up))
        #expect(state.review?.selection.index == 0)
    }

    @Test func spaceCompletesOrReopens() {
        var state = reviewing()
        #expect(update(&state, .key(.character(" "))) == [.completeTask(1)])
        state.send(.key(.character("j")))
        #expect(update(&state, .key(.character(" "))) == [.reopenTask(2)])
    }

    @Test func deleteAndUndo() {
        var state = reviewing()
        #expect(update(&state, .key(.character("d"))) == [.deleteTask(1)])
        #expect(update(&state, .key(.character("u"))) == [.undo])
    }

    @Test func pCyclesPriorityNoneLowMediumHighNone() {
        var state = reviewing()
        #expect(update(&state, .key(.character("p"))) == [.setPriority(1, .low)])
        state.send(.key(.character("j")))
        #expect(update(&state, .key(.character("p"))) == [.setPriority(2, nil)])
        state.send(.key(.character("j")))
        #expect(update(&state, .key(.character("p"))) == [.setPriority(3, .medium)])
        #expect(AppState.priority(after: .medium) == .high)
    }

    @Test func fCyclesTheFilterAndReloadsAroundTheSelectedTask() {
        var state = reviewing()
        let first = task(1, "Buy groceries")
        #expect(update(&state, .key(.character("f"))) == [.loadTaskWindow(.reload(around: first, ReviewSettings(filter: .completed)))])
        state.answerReview([])
        #expect(update(&state, .key(.character("f"))) == [.loadTaskWindow(TaskWindowRequest(
            query: TaskQuery(status: .all), anchor: .first, before: 57, after: 57, keepsSelection: true, known: nil))])
    }

    @Test func slashFiltersByText() {
        var state = reviewing()
        let first = task(1, "Buy groceries")
        state.send(.key(.character("/")))
        state.type("milk")
        // The rows first, counted afterwards: `UpdateReviewCountTests`.
        #expect(update(&state, .key(.enter)) == [.loadTaskRows(.reload(around: first, ReviewSettings(search: "milk")))])
        #expect(state.reviewSettings.search == "milk")
        state.answerReview([first])
        state.send(.key(.character("/")), .key(.ctrl("u")))
        #expect(update(&state, .key(.enter)) == [.loadTaskRows(.reload(around: first))])
    }

    @Test func eEditsTheTitleAndEnterSavesIt() {
        var state = reviewing()
        state.send(.key(.character("e")), .key(.ctrl("w")))
        state.type("vegetables")
        #expect(update(&state, .key(.enter)) == [.renameTask(1, title: "Buy vegetables")])
        #expect(state.review?.mode == .browsing)
    }

    @Test func escCancelsTheEditAndAnEmptyTitleIsRefused() {
        var state = reviewing()
        state.send(.key(.character("e")), .key(.ctrl("u")))
        #expect(update(&state, .key(.enter)) == [])
        #expect(state.review?.notice?.hasPrefix("A title cannot be empty") == true)
        #expect(update(&state, .key(.escape)) == [])
        #expect(state.review?.mode == .browsing)
        // Keys typed while editing were not commands.
        state.send(.key(.character("e")))
        #expect(update(&state, .key(.character("d"))) == [])
    }

    @Test func qOrEscReturnsToTheChat() {
        var state = reviewing()
        #expect(update(&state, .key(.character("q"))) == [.loadReminders])
        #expect(state.screen == .chat)
        state = reviewing()
        state.send(.key(.escape))
        #expect(state.screen == .chat)
    }

    @Test func aChangeReloadsTheListAndShowsWhatWasDone() {
        var state = reviewing()
        let effects = state.send(.taskChanged(summary: "Undid: completed #3 Call mom"))
        #expect(effects == [.loadTaskWindow(.reload(around: task(1, "Buy groceries"))), .loadReminders])
        #expect(state.review?.notice == "Undid: completed #3 Call mom")
    }

    @Test func anotherProcesssChangeReloadsWhatIsVisible() {
        var state = reviewing()
        #expect(update(&state, .externalChange) == [.loadTaskWindow(.reload(around: task(1, "Buy groceries"))), .loadReminders])
        state.send(.key(.character("q")))
        #expect(update(&state, .externalChange) == [.loadReminders])
    }

    @Test func theSelectionStaysInsideAShorterList() {
        var state = reviewing()
        state.send(.key(.end), .externalChange)
        state.answerReview([task(1, "Buy groceries")])
        #expect(state.review?.selection.index == 0)
    }
}
