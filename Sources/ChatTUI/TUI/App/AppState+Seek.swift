import Persistence

/// Opening a conversation at a message (Enter on a search match): older pages load until the
/// one holding it is in, then the pane scrolls so the message starts at its top.
extension AppState {
    /// Called with each page put in front of the transcript, or opened, while seeking.
    mutating func continueSeekingMessage(in page: ConversationPage) -> [Effect] {
        guard let target = transcript.seekingMessageID else { return [] }
        if page.messages.contains(where: { $0.id == target }) {
            transcript.seekingMessageID = nil
            // The page is at the front, so its entries before the target are the index.
            let index = TranscriptEntry.entries(from: page.messages.filter { $0.id < target }).count
            scrollToEntry(index)
            return []
        }
        guard transcript.hasOlder, let oldest = transcript.oldestMessageID, oldest > target, let conversationID else {
            transcript.seekingMessageID = nil
            flash = "That message is no longer in the conversation."
            return []
        }
        transcript.isLoadingOlder = true
        return [.loadOlder(conversationID: conversationID, before: oldest, limit: Self.seekPageSize)]
    }

    /// Scrolls so the entry's first row is at the top of the pane, or as near as the end allows.
    private mutating func scrollToEntry(_ index: Int) {
        guard transcript.entries.indices.contains(index) else { return }
        let height = chatLayout.paneHeight
        let below = PaneLayout.rowCount(of: transcript.entries[index...], width: paneWidth, memo: layoutMemo)
        let total = PaneLayout.rowCount(of: transcript.entries[...], width: paneWidth, memo: layoutMemo)
        // The separator row above the entry is counted with it; the first entry has none.
        let start = index > 0 ? below - 1 : below
        scrollOffset = max(0, min(start - height, total - height))
    }
}
