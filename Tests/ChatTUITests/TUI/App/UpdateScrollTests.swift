import Testing
@testable import ChatTUI

@Suite struct UpdateScrollTests {
    /// A conversation of `count` one-row exchanges, plus a streaming reply of turn 9.
    private func longConversation(_ count: Int = 40) -> AppState {
        var state = AppState.streaming(turn: 9)
        state.transcript.entries = (1...count).map { .notice("line \($0)") } + [.assistant("start", interrupted: false)]
        return state
    }

    @Test func theViewFollowsNewTextAtTheBottom() {
        var state = longConversation()
        state.send(.turn(9, .textDelta("\nmore\nand more")))
        #expect(state.scrollOffset == 0)
        let pane = state.chatLayout.paneHeight
        #expect(rows(view(state))[pane - 1].hasPrefix("and more "))
        #expect(rows(view(state))[pane - 2].hasPrefix("more "))
    }

    @Test func scrolledUpTheViewStaysOnTheSameText() {
        var state = longConversation()
        state.send(.key(.pageUp))
        let pane = state.chatLayout.paneHeight
        #expect(state.scrollOffset == pane - 1)
        let before = Array(rows(view(state)).prefix(pane))
        state.send(.turn(9, .textDelta("\nmore\nand more")))
        #expect(state.scrollOffset == pane + 1)
        #expect(Array(rows(view(state)).prefix(pane)) == before)
    }

    @Test func endReturnsToTheBottom() {
        var state = longConversation()
        state.send(.key(.pageUp), .key(.pageUp), .key(.end))
        #expect(state.scrollOffset == 0)
        state.send(.key(.wheelUp))
        #expect(state.scrollOffset == 3)
        state.send(.key(.wheelDown), .key(.wheelDown))
        #expect(state.scrollOffset == 0)
    }

    @Test func homeAndEndEditTheInputWhenItHasText() {
        var state = longConversation()
        state.type("abc")
        state.send(.key(.home))
        #expect(state.scrollOffset == 0)
        #expect(state.input.cursorOffset == 0)
    }

    @Test func scrollingStopsAtTheTop() {
        var state = longConversation(5)
        state.send(.key(.pageUp), .key(.pageUp))
        #expect(state.scrollOffset == 0)
    }

    @Test func reachingTheTopAsksForTheOlderPageOnce() {
        var state = longConversation()
        state.transcript.hasOlder = true
        state.transcript.oldestMessageID = 500
        #expect(state.send(.key(.pageUp)) == [])
        let effects = state.send(.key(.pageUp), .key(.pageUp), .key(.pageUp), .key(.pageUp))
        #expect(effects == [.loadOlder(conversationID: 1, before: 500, limit: 100)])
    }

    @Test func aFailedOlderPageCanBeAskedForAgain() {
        // Given a request for the older page that fails
        var state = longConversation()
        state.transcript.hasOlder = true
        state.transcript.oldestMessageID = 500
        _ = state.send(.key(.pageUp), .key(.pageUp), .key(.pageUp), .key(.pageUp), .key(.pageUp))
        #expect(state.transcript.isLoadingOlder)
        state.send(.actionFailed("database is locked"))

        // When the person scrolls up again, the page is asked for again
        #expect(!state.transcript.isLoadingOlder)
        #expect(state.send(.key(.pageUp)) == [.loadOlder(conversationID: 1, before: 500, limit: 100)])
    }

    @Test func anOlderPageGoesInFrontWithoutMovingTheView() {
        var state = longConversation()
        state.transcript.hasOlder = true
        state.transcript.oldestMessageID = 500
        state.send(.key(.pageUp), .key(.pageUp), .key(.pageUp), .key(.pageUp), .key(.pageUp))
        #expect(state.transcript.isLoadingOlder)
        let offset = state.scrollOffset
        let page = ConversationPage(
            conversationID: 1, title: nil, messages: [stored(498, .user, "older question"), stored(499, .assistant, "older answer")],
            hasOlder: false)
        state.send(.historyLoaded(page))
        #expect(state.scrollOffset == offset)
        #expect(state.transcript.entries.first == .user("older question"))
        #expect(state.transcript.oldestMessageID == 498)
        #expect(!state.transcript.hasOlder)
        #expect(!state.transcript.isLoadingOlder)
    }

    /// Ctrl-Home means the conversation's first message, not the top of the page loaded:
    /// each older page that arrives asks for the next until none is left.
    @Test func ctrlHomeKeepsFetchingUntilTheFirstMessageShows() {
        var state = longConversation()
        state.transcript.hasOlder = true
        state.transcript.oldestMessageID = 500
        #expect(state.send(.key(.ctrlHome)) == [.loadOlder(conversationID: 1, before: 500, limit: 1000)])

        let middle = ConversationPage(
            conversationID: 1, title: nil, messages: [stored(498, .user, "middle question"), stored(499, .assistant, "middle answer")],
            hasOlder: true)
        #expect(state.send(.historyLoaded(middle)) == [.loadOlder(conversationID: 1, before: 498, limit: 1000)])
        // The view holds still meanwhile, and its rule says the start is on its way.
        #expect(rows(view(state)).contains { $0.contains(" ↑ loading the first message… · Ctrl-End to follow ") })

        let first = ConversationPage(
            conversationID: 1, title: nil, messages: [stored(1, .user, "first question"), stored(2, .assistant, "first answer")],
            hasOlder: false)
        #expect(state.send(.historyLoaded(first)) == [])
        #expect(rows(view(state)).contains { $0.contains("first question") })
        #expect(!state.transcript.isSeekingFirst)
        #expect(!rows(view(state)).contains { $0.contains("loading the first message") })
    }

    /// Scrolling or following again gives the way to the top up: a page that then arrives
    /// goes in front without moving the view or asking for more.
    @Test func aKeyOnTheWayToTheTopStopsTheSeek() {
        var state = longConversation()
        state.transcript.hasOlder = true
        state.transcript.oldestMessageID = 500
        state.send(.key(.ctrlHome), .key(.ctrlEnd))
        #expect(state.scrollOffset == 0)
        let page = ConversationPage(
            conversationID: 1, title: nil, messages: [stored(498, .user, "older question")], hasOlder: true)
        #expect(state.send(.historyLoaded(page)) == [])
        #expect(state.scrollOffset == 0)
    }

    /// At 40 columns the long wording would be cut before its key; a shorter one fits.
    @Test(arguments: [(80, "End or Ctrl-End to follow"), (40, "End to follow")])
    func theScrolledRuleNamesTheKeyAtEveryWidth(cols: Int, words: String) {
        var state = longConversation()
        state.send(.resized(Size(rows: 24, cols: cols)), .key(.pageUp))
        let rule = rows(view(state))[state.chatLayout.paneHeight]
        #expect(rule.contains(words), "\(rule)")
        #expect(rule.contains("↓"))
    }
}
