/// Scrolling the conversation pane.
extension AppState {
    /// Older messages are fetched this many at a time when the pane reaches the top.
    static let olderPageSize = 100

    var chatLayout: ChatLayout { ChatLayout(size: size, editor: input) }

    /// A page keeps one row of the previous view for context.
    var pageStep: Int { max(1, chatLayout.paneHeight - 1) }

    /// Scrolls up by `rows` (down when negative), never past either end, and asks for the
    /// previous page of messages on reaching the top of what is loaded.
    mutating func scroll(by rows: Int) -> [Effect] {
        let height = chatLayout.paneHeight
        let wanted = max(0, scrollOffset + rows)
        // One row past the wanted window tells "exactly at the top" from "more above".
        let total = PaneLayout.rowCount(of: transcript.entries[...], width: size.cols, memo: layoutMemo, limit: wanted + height + 1)
        let highest = max(0, total - height)
        scrollOffset = min(wanted, highest)
        return highest <= wanted && rows > 0 ? loadOlderIfNeeded() : []
    }

    mutating func scrollToTop() -> [Effect] {
        let total = PaneLayout.rowCount(of: transcript.entries[...], width: size.cols, memo: layoutMemo)
        scrollOffset = max(0, total - chatLayout.paneHeight)
        return loadOlderIfNeeded()
    }

    private mutating func loadOlderIfNeeded() -> [Effect] {
        guard transcript.hasOlder, !transcript.isLoadingOlder, let conversationID,
              let oldest = transcript.oldestMessageID
        else { return [] }
        transcript.isLoadingOlder = true
        return [.loadOlder(conversationID: conversationID, before: oldest, limit: Self.olderPageSize)]
    }
}
