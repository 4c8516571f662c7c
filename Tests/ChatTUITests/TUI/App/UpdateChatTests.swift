import Testing
@testable import ChatTUI

@Suite struct UpdateChatTests {
    @Test func enterSendsTheInputAsANewTurn() {
        var state = AppState.fixture(conversationID: 4)
        state.type("buy milk")
        #expect(update(&state, .key(.enter)) == [.startTurn(1, conversationID: 4, text: "buy milk")])
        #expect(state.activity == .thinking(SentTurn(id: 1, text: "buy milk")))
        #expect(state.transcript.entries == [.user("buy milk")])
        #expect(state.input.isEmpty)
        #expect(state.input.history == ["buy milk"])
    }

    @Test func blankInputSendsNothing() {
        var state = AppState.fixture()
        state.type("   ")
        #expect(update(&state, .key(.enter)) == [])
        #expect(state.activity == .idle)
    }

    @Test func eachTurnGetsAFreshID() {
        var state = AppState.fixture()
        state.type("one")
        state.send(.key(.enter), .turn(1, .finished(usage: nil, interrupted: false)))
        state.type("two")
        #expect(update(&state, .key(.enter)) == [.startTurn(2, conversationID: nil, text: "two")])
    }

    @Test func pasteNeverSubmits() {
        var state = AppState.fixture()
        let effects = state.send(.key(.paste("line one\r\nline two\n")))
        #expect(effects == [])
        #expect(state.input.text == "line one\nline two\n")
        #expect(state.activity == .idle)
    }

    @Test func altEnterAndCtrlJInsertNewlines() {
        var state = AppState.fixture()
        state.type("a")
        state.send(.key(.altEnter))
        state.type("b")
        state.send(.key(.ctrl("j")))
        #expect(state.input.text == "a\nb\n")
    }

    @Test func upRecallsHistoryAndDownRestoresTheDraft() {
        var state = AppState.fixture()
        state.type("first")
        state.send(.key(.enter), .turn(1, .finished(usage: nil, interrupted: false)))
        state.type("half")
        state.send(.key(.up))
        #expect(state.input.text == "first")
        state.send(.key(.down))
        #expect(state.input.text == "half")
    }

    @Test func enterWhileAReplyIsComingKeepsTheInput() {
        var state = AppState.streaming(turn: 3)
        state.type("next")
        #expect(update(&state, .key(.enter)) == [])
        #expect(state.input.text == "next")
        #expect(state.flash?.contains("Esc") == true)
    }

    @Test func ctrlCStopsARunningTurnThenQuits() {
        var state = AppState.streaming(turn: 7)
        #expect(update(&state, .key(.ctrl("c"))) == [.cancelTurn(7)])
        #expect(update(&state, .key(.ctrl("c"))) == [.quit])
    }

    @Test func reviewAndPickerOpenFromTheChat() {
        var state = AppState.fixture()
        #expect(update(&state, .key(.function(2))) == [.loadTaskRows(.opening)])
        #expect(state.review != nil)
        state.send(.key(.escape))
        #expect(update(&state, .key(.ctrl("t"))) == [.loadTaskRows(.opening)])
        state.send(.key(.character("q")))
        #expect(update(&state, .key(.ctrl("o"))) == [.loadConversationWindow(.openingPicker)])
        #expect(state.picker?.isLoading == true)
    }
}
