import Testing
@testable import ChatTUI

/// The open conversation follows what other processes append to it.
@Suite struct UpdateTailTests {
    private func opened() -> AppState {
        var state = AppState.fixture()
        state.send(.conversationLoaded(ConversationPage(
            conversationID: 1, title: "t", messages: [stored(1, .user, "hi"), stored(2, .assistant, "Hello")],
            hasOlder: false)))
        return state
    }

    @Test func anotherProcesssMessagesAreAppended() {
        var state = opened()
        #expect(state.send(.externalChange) == [.loadReminders, .loadNewer(conversationID: 1, after: 2, limit: 100)])
        state.send(.newerLoaded(ConversationPage(
            conversationID: 1, title: nil, messages: [stored(3, .user, "from ask"), stored(4, .assistant, "Done.")],
            hasOlder: false)))
        #expect(state.transcript.entries.suffix(2) == [.user("from ask"), .assistant("Done.", interrupted: false)])
        #expect(state.send(.externalChange).last == .loadNewer(conversationID: 1, after: 4, limit: 100))
    }

    @Test func anAnswerThatCrossedAnotherAddsNothingTwice() {
        var state = opened()
        let page = ConversationPage(conversationID: 1, title: nil, messages: [stored(3, .user, "once")], hasOlder: false)
        state.send(.newerLoaded(page), .newerLoaded(page))
        #expect(state.transcript.entries == [
            .user("hi"), .assistant("Hello", interrupted: false), .user("once"),
        ])
    }

    @Test func ourOwnTurnIsNeitherLoadedWhileRunningNorShownTwice() {
        var state = opened()
        state.type("mine")
        state.send(.key(.enter))
        // While our turn stores its messages, their changes load nothing
        #expect(state.send(.externalChange) == [.loadReminders])
        state.send(.turn(TurnID(1), .textDelta("Sure.")))
        // Its end steps over what it stored
        let end = state.send(.turn(TurnID(1), .finished(usage: nil, interrupted: false)))
        #expect(end == [.loadNewer(conversationID: 1, after: 2, limit: 100)])
        state.send(.newerLoaded(ConversationPage(
            conversationID: 1, title: nil, messages: [stored(3, .user, "mine"), stored(4, .assistant, "Sure.")],
            hasOlder: false)))
        #expect(state.transcript.entries.count == 4)
        #expect(state.transcript.newestMessageID == 4)
    }

    @Test func aCancelledTurnIsSteppedOverOnceItHasSaved() {
        var state = opened()
        state.type("mine")
        state.send(.key(.enter), .turn(TurnID(1), .textDelta("Par")), .key(.escape))
        // The cancelled turn is still saving its interrupted reply
        #expect(state.send(.externalChange) == [.loadReminders])
        let end = state.send(.turn(TurnID(1), .finished(usage: nil, interrupted: true)))
        #expect(end == [.loadNewer(conversationID: 1, after: 2, limit: 100)])
        state.send(.newerLoaded(ConversationPage(
            conversationID: 1, title: nil,
            messages: [stored(3, .user, "mine"), stored(4, .assistant, "Par", interrupted: true)], hasOlder: false)))
        #expect(state.transcript.entries.suffix(2) == [.user("mine"), .assistant("Par", interrupted: true)])
        #expect(state.transcript.entries.count == 4)
    }

    @Test func aPageOfAnotherConversationIsIgnored() {
        var state = opened()
        state.send(.newerLoaded(ConversationPage(
            conversationID: 9, title: nil, messages: [stored(3, .user, "elsewhere")], hasOlder: false)))
        #expect(state.transcript.entries.count == 2)
    }
}
