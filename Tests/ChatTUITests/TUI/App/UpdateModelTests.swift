import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// `/model`, the model a conversation opens with, and the status bar that names it.
@Suite struct UpdateModelTests {
    static func server(pinned: Bool = false) -> AppState {
        var state = AppState.fixture()
        state.session = SessionInfo(provider: "127.0.0.1", model: "gpt-4o-mini", modelIsPinned: pinned)
        return state
    }

    @Test func slashModelWithANameIsUsedFromTheNextTurn() {
        var state = Self.server()
        state.type("/model llama3")
        #expect(state.send(.key(.enter)) == [])
        #expect(state.currentModel == "llama3")
        #expect(state.transcript.entries.last == .notice("Model: llama3, from the next turn of this conversation."))
        state.type("hi")
        #expect(state.send(.key(.enter)) == [.startTurn(1, conversationID: nil, text: "hi", model: "llama3")])
    }

    @Test func theSessionsOwnModelNeedsNoOverride() {
        var state = Self.server()
        state.modelOverride = "llama3"
        state.type("/model gpt-4o-mini")
        state.send(.key(.enter))
        #expect(state.modelOverride == nil)
    }

    @Test func slashModelAloneAsksTheServerAndShowsItsList() {
        var state = Self.server()
        state.type("/model")
        #expect(state.send(.key(.enter)) == [.listModels])
        state.send(.modelsListed(.models(["gpt-4o-mini", "llama3"])))
        #expect(state.transcript.entries.last == .notice(
            "Models on 127.0.0.1: gpt-4o-mini (current), llama3. /model NAME switches."))
    }

    @Test func aServerWithoutAListSaysSo() {
        var state = Self.server()
        state.send(.modelsListed(.unavailable("http://x/v1/models does not list its models (HTTP 404).")))
        #expect(state.transcript.entries.last == .notice("http://x/v1/models does not list its models (HTTP 404)."))
    }

    @Test func theOfflineEngineHasNoModels() {
        var state = AppState.fixture()
        state.type("/model llama3")
        #expect(state.send(.key(.enter)) == [])
        #expect(state.flash?.hasPrefix("The offline engine has no models") == true)
        #expect(state.modelOverride == nil)
    }

    @Test func aModelNameHasNoSpaces() {
        var state = Self.server()
        state.type("/model big model")
        state.send(.key(.enter))
        #expect(state.flash == "A model name has no spaces: type /model NAME, or /model alone to list them.")
    }

    @Test func anOpenedConversationUsesItsOwnModelUnlessTheCommandLinePinnedOne() {
        let page = ConversationPage(conversationID: 4, title: "t", messages: [], hasOlder: false, model: "llama3")
        var state = Self.server()
        state.send(.conversationLoaded(page))
        #expect(state.currentModel == "llama3")
        state.type("hi")
        #expect(state.send(.key(.enter)) == [.startTurn(1, conversationID: 4, text: "hi", model: "llama3")])

        var pinned = Self.server(pinned: true)
        pinned.send(.conversationLoaded(page))
        #expect(pinned.currentModel == "gpt-4o-mini")

        var offlineReplies = Self.server()
        offlineReplies.send(.conversationLoaded(
            ConversationPage(conversationID: 4, title: "t", messages: [], hasOlder: false, model: "offline")))
        #expect(offlineReplies.modelOverride == nil)
    }

    @Test func theStatusBarNamesTheCurrentModel() {
        var state = Self.server()
        state.modelOverride = "llama3"
        #expect(view(state).text(ofRow: 23).contains("127.0.0.1/llama3"))
    }
}
