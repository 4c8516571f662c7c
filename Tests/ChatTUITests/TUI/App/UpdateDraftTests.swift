import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// What was typed and not sent is kept per conversation: saved at a pause, handed over
/// when the chat switches conversation, forgotten once sent.
@Suite struct UpdateDraftTests {
    private let later = fixedNow.addingTimeInterval(1)

    private func page(_ id: Int64, draft: String? = nil) -> ConversationPage {
        ConversationPage(
            conversationID: id, title: "c\(id)", messages: [stored(id * 10, .assistant, "hello")], hasOlder: false,
            draft: draft)
    }

    @Test func typingIsSavedOnceItPauses() {
        var state = AppState.fixture(conversationID: 5)
        state.type("call the ")
        // Still typing at this tick: nothing is saved yet
        #expect(state.send(.tick(later)) == [])
        // Unchanged over the next tick: saved once
        #expect(state.send(.tick(later)) == [.saveDraft(conversationID: 5, text: "call the ")])
        #expect(state.send(.tick(later)) == [])
        state.type("bank")
        _ = state.send(.tick(later))
        #expect(state.send(.tick(later)) == [.saveDraft(conversationID: 5, text: "call the bank")])
    }

    @Test func clearingTheInputForgetsTheSavedDraft() {
        var state = AppState.fixture(conversationID: 5)
        state.type("oops")
        _ = state.send(.tick(later), .tick(later))
        _ = state.send(.key(.ctrl("u")))
        _ = state.send(.tick(later))
        #expect(state.send(.tick(later)) == [.saveDraft(conversationID: 5, text: "")])
    }

    @Test func sendingForgetsTheDraftItWasSavedAs() {
        var state = AppState.fixture(conversationID: 5)
        state.type("pay rent")
        _ = state.send(.tick(later), .tick(later))
        let effects = state.send(.key(.enter))
        #expect(effects.first == .saveDraft(conversationID: 5, text: ""))
        #expect(effects.dropFirst().first.map { if case .startTurn = $0 { true } else { false } } == true)
        #expect(state.send(.tick(later), .tick(later)) == [])
    }

    @Test func sendingWhatWasNeverSavedWritesNoDraft() {
        var state = AppState.fixture(conversationID: 5)
        state.type("quick")
        let effects = state.send(.key(.enter))
        #expect(!effects.contains { if case .saveDraft = $0 { true } else { false } })
    }

    @Test func openingAnotherConversationKeepsTheInputWithTheOneLeftAndBringsBackItsOwn() {
        var state = AppState.fixture()
        _ = state.send(.conversationLoaded(page(5)))
        state.type("half a thought")
        let effects = state.send(.conversationLoaded(page(7, draft: "line one\nline two")))
        #expect(effects.first == .saveDraft(conversationID: 5, text: "half a thought"))
        #expect(state.input.text == "line one\nline two")
        #expect(state.flash == AppState.restoredDraftFlash)
        // What came back is what the database holds: no save until it changes
        #expect(state.send(.tick(later), .tick(later)) == [])
        // And going back brings the first one back
        _ = state.send(.conversationLoaded(page(5, draft: "half a thought")))
        #expect(state.input.text == "half a thought")
    }

    @Test func aDraftOfBlanksComesBackUnannounced() {
        var state = AppState.fixture()
        _ = state.send(.conversationLoaded(page(5)))
        _ = state.send(.conversationLoaded(page(7, draft: " \n ")))
        #expect(state.input.text == " \n ")
        #expect(state.flash != AppState.restoredDraftFlash)
    }

    @Test func reopeningTheSameConversationLeavesTheInputAlone() {
        var state = AppState.fixture()
        _ = state.send(.conversationLoaded(page(5)))
        state.type("still typing")
        #expect(state.send(.conversationLoaded(page(5))) == [])
        #expect(state.input.text == "still typing")
    }

    @Test func aNewConversationGetsTheDraftLeftForOneNotStarted() {
        var state = AppState.fixture(conversationID: 5)
        state.type("/new")
        #expect(state.send(.key(.enter)) == [.newConversation])
        _ = state.send(.draftLoaded(conversationID: nil, "remember the milk"))
        #expect(state.input.text == "remember the milk")
        // An answer about another conversation, or arriving after typing began, changes nothing
        var typing = AppState.fixture()
        typing.type("x")
        _ = typing.send(.draftLoaded(conversationID: nil, "old"), .draftLoaded(conversationID: 3, "other"))
        #expect(typing.input.text == "x")
    }

    @Test func whatIsTypedWhileTheFirstMessageIsStoredIsKeptForTheNewConversation() {
        var state = AppState.fixture()
        state.type("hi")
        _ = state.send(.key(.enter))
        state.type("and another")
        _ = state.send(.turn(1, .messageStored(conversationID: 9)), .tick(later))
        #expect(state.send(.tick(later)) == [.saveDraft(conversationID: 9, text: "and another")])
    }
}
