import Persistence
import Testing
@testable import ChatTUI

/// The review's editing keys: each opens a field filled with what it edits, and Enter asks
/// the store to save what was typed.
@Suite struct UpdateReviewKeysTests {
    private let groceries = task(1, "Buy groceries", due: day("2025-03-20"), tags: ["home"])

    private func reviewing(rows: Int = 24) -> AppState {
        var state = AppState.fixture(size: Size(rows: rows, cols: 80))
        state.send(.key(.function(2)))
        state.answerReview([groceries, task(2, "Pay bills", priority: .high)])
        return state
    }

    @Test func aAddsWhatWasTypedAsTheChatWouldReadIt() {
        var state = reviewing()
        state.send(.key(.character("a")))
        state.type("call mom tomorrow #family high")
        #expect(update(&state, .key(.enter)) == [.addTask("call mom tomorrow #family high")])
        #expect(state.review?.mode == .browsing)

        let added = task(3, "call mom", priority: .high, tags: ["family"])
        let effects = state.send(.taskAdded(added, summary: "Added #3 call mom."))
        #expect(effects == [.loadTaskWindow(.reload(around: added)), .loadReminders])
        #expect(state.review?.notice == "Added #3 call mom.")
    }

    @Test func anEmptyAddIsNotSent() {
        var state = reviewing()
        state.send(.key(.character("a")))
        #expect(update(&state, .key(.enter)) == [])
        #expect(state.review?.notice == "Type the task, or press Esc.")
    }

    @Test func sCyclesTheSortAndTheHeaderShowsIt() {
        var state = reviewing()
        #expect(rows(view(state))[0].hasPrefix(" Tasks · pending (2) · by created"))
        #expect(update(&state, .key(.character("s")))
            == [.loadTaskWindow(.reload(around: groceries, ReviewSettings(sort: .due), total: 2))])
        #expect(rows(view(state))[0].hasPrefix(" Tasks · pending (2) · by due"))
        state.send(.key(.character("s")), .key(.character("s")))
        #expect(state.reviewSettings.sort == .title)
        state.send(.key(.character("s")))
        #expect(state.reviewSettings.sort == .created)
    }

    /// A new sort lists the same tasks, so it reuses their number; after a change whose
    /// reload has not come back, the number held may be out of date and is counted again.
    @Test func aSortCountsTheListAgainOnlyWhenItMayHaveChanged() {
        var state = reviewing()
        state.send(.taskChanged(summary: "Completed #2 Pay bills."))
        #expect(update(&state, .key(.character("s")))
            == [.loadTaskWindow(.reload(around: groceries, ReviewSettings(sort: .due)))])
    }

    @Test func tEditsTheTags() {
        var state = reviewing()
        state.send(.key(.character("t")))
        guard case .editing(.tags(1), let editor)? = state.review?.mode else {
            Issue.record("t opened no tags field")
            return
        }
        #expect(editor.text == "#home")
        state.send(.key(.end))
        state.type(" errands")
        #expect(update(&state, .key(.enter)) == [.setTags(1, "#home errands")])
    }

    @Test func bigDSetsOrClearsTheDueDate() {
        var state = reviewing()
        state.send(.key(.character("D")), .key(.ctrl("u")))
        state.type("3 June 17:00")
        #expect(update(&state, .key(.enter)) == [.setDue(1, "3 June 17:00")])
        state.send(.key(.character("D")), .key(.ctrl("u")))
        #expect(update(&state, .key(.enter)) == [.setDue(1, "")])
    }

    @Test func anImpossibleDateShowsWhy() {
        var state = reviewing()
        state.send(.key(.character("D")), .key(.ctrl("u")))
        state.type("31 April")
        state.send(.key(.enter), .actionFailed("there is no '31 April': April has 30 days"))
        #expect(rows(view(state))[22].hasPrefix(" there is no '31 April': April has 30 days"))
    }

    /// The refused text comes back in its field, so fixing "31" to "30" is one key away.
    @Test func aRefusedValueOpensItsFieldAgainWithWhatWasTyped() {
        var state = reviewing()
        state.send(.key(.character("D")), .key(.ctrl("u")))
        state.type("31 April")
        state.send(.key(.enter), .actionFailed("there is no '31 April': April has 30 days"))
        guard case .editing(.due(1), let editor)? = state.review?.mode else {
            Issue.record("the due field did not open again: \(String(describing: state.review?.mode))")
            return
        }
        #expect(editor.text == "31 April")
        #expect(rows(view(state)).contains { $0.contains("April has 30 days") })
    }

    /// A failure after the person has moved on (a key since the save) only says so.
    @Test func aLateRefusalDoesNotTakeTheScreenBack() {
        var state = reviewing()
        state.send(.key(.character("D")), .key(.ctrl("u")))
        state.type("31 April")
        state.send(.key(.enter), .key(.character("j")), .actionFailed("there is no '31 April': April has 30 days"))
        #expect(state.review?.mode == .browsing)
        #expect(state.review?.notice == "there is no '31 April': April has 30 days")
    }

    @Test func rSetsHowItRepeats() {
        var state = reviewing()
        state.send(.key(.character("r")))
        state.type("every monday")
        #expect(update(&state, .key(.enter)) == [.setRecurrence(1, "every monday")])
    }

    /// A due date, tags and a repeat open holding the current value selected, as a GUI field
    /// does on focus: typing replaces it, a move keeps it for editing, Enter keeps it.
    @Test(arguments: [
        ("D", "fri", Effect.setDue(9, "fri")),
        ("t", "#work", .setTags(9, "#work")),
        ("r", "daily", .setRecurrence(9, "daily")),
    ] as [(Character, String, Effect)])
    func theFirstCharacterTypedReplacesTheCurrentValue(key: Character, typed: String, expected: Effect) {
        var state = reviewingOneSetTask()
        state.send(.key(.character(key)))
        #expect(state.review?.editor?.isSelected == true)
        state.type(typed)
        #expect(update(&state, .key(.enter)) == [expected])
    }

    @Test(arguments: [
        ("D", "2025-03-20T17:00", Effect.setDue(9, "2025-03-20T17:08")),
        ("t", "#home #car", .setTags(9, "#home #cat")),
        ("r", "weekly", .setRecurrence(9, "weeklx")),
    ] as [(Character, String, Effect)])
    func aMoveKeepsTheValueForEditing(key: Character, shown: String, expected: Effect) {
        var state = reviewingOneSetTask()
        state.send(.key(.character(key)))
        #expect(state.review?.editor?.text == shown)
        state.send(.key(.left), .key(.right), .key(.backspace))
        state.type(key == "D" ? "8" : key == "t" ? "t" : "x")
        #expect(update(&state, .key(.enter)) == [expected])
    }

    @Test(arguments: ["D", "t", "r"] as [Character])
    func enterOnTheUntouchedValueKeepsItWithoutWriting(key: Character) {
        var state = reviewingOneSetTask()
        state.send(.key(.character(key)))
        #expect(update(&state, .key(.enter)) == [])
        #expect(state.review?.mode == .browsing)
    }

    @Test(arguments: [("D", Effect.setDue(9, "")), ("t", .setTags(9, "")), ("r", .setRecurrence(9, ""))] as [(Character, Effect)])
    func backspaceOnTheSelectedValueEmptiesTheField(key: Character, expected: Effect) {
        var state = reviewingOneSetTask()
        state.send(.key(.character(key)), .key(.backspace))
        #expect(state.review?.editor?.text == "")
        #expect(update(&state, .key(.enter)) == [expected])
    }

    @Test func aPasteReplacesTheSelectedValue() {
        var state = reviewingOneSetTask()
        state.send(.key(.character("D")), .key(.paste("tomorrow\n")))
        #expect(update(&state, .key(.enter)) == [.setDue(9, "tomorrow")])
    }

    @Test func theSelectedValueIsDrawnReversedAndTheCursorEndsIt() {
        var state = reviewingOneSetTask()
        state.send(.key(.character("D")))
        let grid = view(state)
        #expect(rows(grid)[21].hasPrefix(" Due: 2025-03-20T17:00 "))
        #expect(grid[row: 21, col: 6].style.reverse)
        #expect(grid[row: 21, col: 21].style.reverse)
        #expect(!grid[row: 21, col: 22].style.reverse)
        #expect(grid.cursor == Position(row: 21, col: 22))
        state.send(.key(.left))
        #expect(!view(state)[row: 21, col: 6].style.reverse)
    }

    /// One task due 20 March at 17:00 UTC, tagged #home #car, repeating weekly.
    private func reviewingOneSetTask() -> AppState {
        var set = task(9, "Service the car", due: .instant(fixedNow.addingTimeInterval(6 * 86_400 + 7 * 3_600), utcOffsetSeconds: 0),
                       tags: ["home", "car"])
        set.recurrence = .weekly
        var state = AppState.fixture()
        state.send(.key(.function(2)))
        state.answerReview([set])
        return state
    }

    @Test func escLeavesAFieldUnchanged() {
        var state = reviewing()
        state.send(.key(.character("t")))
        state.type("work")
        #expect(update(&state, .key(.escape)) == [])
        #expect(state.review?.mode == .browsing)
    }

    @Test func enterOpensTheDetailsWhereEEditsTheDescription() {
        var state = reviewing()
        #expect(update(&state, .key(.enter)) == [.loadTaskDetail(1)])
        #expect(state.review?.mode == .detail(nil))
        let detail = TaskDetail(task: groceries, history: [])
        state.send(.taskDetailLoaded(detail))
        #expect(state.review?.mode == .detail(detail))

        state.send(.key(.character("e")))
        state.type("milk")
        state.send(.key(.altEnter))
        state.type("eggs")
        #expect(update(&state, .key(.enter)) == [.setDescription(1, "milk\neggs")])
        #expect(state.review?.mode == .detail(detail))
        // The saved description is read again with the list.
        let effects = state.send(.taskChanged(summary: "#1 Buy groceries: description saved."))
        #expect(effects == [.loadTaskWindow(.reload(around: groceries)), .loadTaskDetail(1), .loadReminders])

        state.send(.key(.escape))
        #expect(state.review?.mode == .browsing)
    }

    @Test func questionMarkShowsEveryKeyAndAnyOtherKeyCloses() {
        var state = reviewing(rows: 40)
        state.send(.key(.character("?")))
        #expect(state.review?.mode == .help(offset: 0))
        let screen = rows(view(state)).joined(separator: "\n")
        for binding in ReviewKeymap.bindings {
            #expect(screen.contains(binding.label), "\(binding.label)")
        }
        for binding in DetailKeymap.bindings {
            #expect(screen.contains(binding.label), "\(binding.label)")
        }
        #expect(update(&state, .key(.character("x"))) == [])
        #expect(state.review?.mode == .browsing)
    }

    @Test func everyActionHasAKeyAndNoKeyHasTwoActions() {
        let keys = ReviewKeymap.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        let actions = Set(ReviewKeymap.bindings.map(\.action))
        #expect(ReviewKeymap.hinted.allSatisfy(actions.contains))
        for binding in ReviewKeymap.bindings {
            for key in binding.keys { #expect(ReviewKeymap.action(for: key) == binding.action) }
        }
        #expect(ReviewKeymap.hintLine.hasPrefix("?\u{A0}help  space\u{A0}done  a\u{A0}add  e\u{A0}edit  Enter\u{A0}details"))
    }
}

extension UpdateReviewKeysTests {
    @Test func theHelpScrollsWhenTheScreenIsShort() {
        var state = reviewing()
        state.send(.key(.character("?")), .key(.pageDown))
        #expect(state.review?.mode == .help(offset: ReviewHelpLayout.lines(width: 79).count - 19))
        #expect(rows(view(state)).joined().contains("back to the chat"))
    }
}

private extension TaskReview {
    /// The open field's editor, if a field is open.
    var editor: InputEditor? {
        if case .editing(_, let editor) = mode { return editor }
        return nil
    }
}
