/// Scrolling the conversation pane.
extension AppState {
    /// Older messages are fetched this many at a time when the pane reaches the top.
    static let olderPageSize = 100

    var chatLayout: ChatLayout { ChatLayout(size: size, editor: input, showsPanel: showsPanel) }

    /// The columns the transcript wraps to.
    var paneWidth: Int { chatLayout.paneWidth }

    /// A page keeps one row of the previous view for context.
    var pageStep: Int { max(1, chatLayout.paneHeight - 1) }

    /// Scrolls up by `rows` (down when negative), never past either end, and asks for the
    /// previous page of messages on reaching the top of what is loaded.
    mutating func scroll(by rows: Int) -> [Effect] {
        transcript.isSeekingFirst = false
        transcript.seekingMessageID = nil
        let height = chatLayout.paneHeight
        let wanted = max(0, scrollOffset + rows)
        // One row past the wanted window tells "exactly at the top" from "more above".
        let total = PaneLayout.rowCount(of: transcript.entries[...], width: paneWidth, memo: layoutMemo, limit: wanted + height + 1)
        let highest = max(0, total - height)
        scrollOffset = min(wanted, highest)
        return highest <= wanted && rows > 0 ? loadOlderIfNeeded() : []
    }

    /// Back to the newest text, giving up any way to the first message still under way.
    mutating func follow() {
        scrollOffset = 0
        transcript.isSeekingFirst = false
        transcript.seekingMessageID = nil
    }

    /// Goes to the top of what is loaded and, while older pages remain, keeps fetching them
    /// (bigger pages, as the person asked for the start) until the first message shows.
    mutating func scrollToTop() -> [Effect] {
        let total = PaneLayout.rowCount(of: transcript.entries[...], width: paneWidth, memo: layoutMemo)
        scrollOffset = max(0, total - chatLayout.paneHeight)
        transcript.isSeekingFirst = transcript.hasOlder
        return loadOlderIfNeeded(limit: transcript.hasOlder ? Self.seekPageSize : Self.olderPageSize)
    }

    /// Ctrl-Home fetches this many older messages at a time.
    static let seekPageSize = 1000

    /// Called when an older page has been put in front: carries on towards the first message.
    /// The view stays where it is until the last page is in, so the whole conversation is
    /// wrapped once rather than once per page.
    mutating func continueSeekingFirst() -> [Effect] {
        guard transcript.isSeekingFirst else { return [] }
        if transcript.hasOlder { return loadOlderIfNeeded(limit: Self.seekPageSize) }
        transcript.isSeekingFirst = false
        return scrollToTop()
    }

    private mutating func loadOlderIfNeeded(limit: Int = olderPageSize) -> [Effect] {
        guard transcript.hasOlder, !transcript.isLoadingOlder, let conversationID,
              let oldest = transcript.oldestMessageID
        else { return [] }
        transcript.isLoadingOlder = true
        return [.loadOlder(conversationID: conversationID, before: oldest, limit: limit)]
    }
}
