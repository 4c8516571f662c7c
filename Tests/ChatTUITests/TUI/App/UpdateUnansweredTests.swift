import Testing
import Persistence
@testable import ChatTUI

/// A conversation that opens on a message nobody answered.
@Suite struct UpdateUnansweredTests {
    private func opened(ending last: StoredMessage) -> AppState {
        var state = AppState.fixture()
        state.send(.conversationLoaded(ConversationPage(
            conversationID: 4, title: "t", messages: [stored(1, .user, "hi"), stored(2, .assistant, "Hello"), last],
            hasOlder: false)))
        return state
    }

    @Test func anUnansweredMessageIsMarkedAndCtrlRAnswersIt() {
        var state = opened(ending: stored(3, .user, "and then?"))
        #expect(state.transcript.entries.last == .notice("not answered — Ctrl-R to retry"))
        #expect(state.activity.label == "not answered")
        let effects = state.send(.key(.ctrl("r")))
        #expect(effects == [.retryTurn(TurnID(2), conversationID: 4)])
        #expect(state.transcript.entries.last == .user("and then?"))
        #expect(state.activity.runningTurn?.messageStored == true)
    }

    @Test func anAnsweredConversationOpensIdle() {
        var state = opened(ending: stored(3, .assistant, "More."))
        #expect(state.activity == .idle)
        state.send(.key(.ctrl("r")))
        #expect(state.flash == "Nothing to retry: Ctrl-R repeats a turn that failed.")
    }

    @Test func aNewMessageMayStillBeSentInstead() {
        var state = opened(ending: stored(3, .user, "and then?"))
        state.type("never mind")
        #expect(state.send(.key(.enter)) == [.startTurn(TurnID(2), conversationID: 4, text: "never mind")])
    }
}
