import Testing
@testable import ChatTUI

/// Ctrl-D, Ctrl-C and ↑ as people expect them from a shell.
@Suite struct UpdateInputHabitsTests {
    @Test func ctrlDOnAnEmptyInputQuits() {
        var state = AppState.fixture()
        #expect(state.send(.key(.ctrl("d"))) == [.quit])
    }

    @Test func ctrlDWithTextDeletesTheCharacterUnderTheCursor() {
        var state = AppState.fixture()
        state.type("ab")
        #expect(state.send(.key(.left), .key(.ctrl("d"))) == [])
        #expect(state.input.text == "a")
    }

    @Test func ctrlCClearsTheDraftThenQuits() {
        var state = AppState.fixture()
        state.type("half a thought")
        #expect(state.send(.key(.ctrl("c"))) == [])
        #expect(state.input.isEmpty)
        #expect(state.flash == "Draft cleared: Ctrl-Y brings it back, Ctrl-C again quits.")
        state.send(.key(.ctrl("y")))
        #expect(state.input.text == "half a thought")
        state.send(.key(.ctrl("c")))
        #expect(state.send(.key(.ctrl("c"))) == [.quit])
    }

    @Test func ctrlCStopsARunningTurnBeforeTouchingTheDraft() {
        var state = AppState.streaming(turn: TurnID(3))
        state.type("next")
        #expect(state.send(.key(.ctrl("c"))) == [.cancelTurn(TurnID(3))])
        #expect(state.input.text == "next")
    }

    @Test func historyHoldsTheResumedConversationsMessages() {
        var state = AppState.fixture()
        state.send(.conversationLoaded(ConversationPage(
            conversationID: 1, title: "t",
            messages: [stored(1, .user, "first"), stored(2, .assistant, "ok"), stored(3, .user, "second")],
            hasOlder: true)))
        state.type("third")
        state.send(.key(.enter))
        state.send(.key(.up))
        #expect(state.input.text == "third")
        state.send(.key(.up))
        #expect(state.input.text == "second")
        state.send(.key(.up))
        #expect(state.input.text == "first")
        // An older page scrolled into view reaches further back
        state.send(.historyLoaded(ConversationPage(
            conversationID: 1, title: nil, messages: [stored(0, .user, "zeroth")], hasOlder: false)))
        state.send(.key(.up))
        #expect(state.input.text == "zeroth")
        state.send(.key(.down))
        #expect(state.input.text == "first")
    }
}
