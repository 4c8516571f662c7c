/// Following the open conversation as other processes append to it (`chattui ask -r ID`,
/// a second chattui): each change another process makes loads the messages after the
/// newest one shown.
///
/// This process's own turn shows as it streams, so what it stores is never shown again:
/// while it runs no tail is loaded, and the first tail after it ends only moves the newest
/// id past its messages. The per-conversation lease keeps any other process from appending
/// while the turn runs, so that tail holds the turn's messages alone.
extension AppState {
    /// Messages fetched per tail request; a full page asks for the next at once.
    static let tailPageSize = olderPageSize

    /// Another process wrote: asks for the tail when nothing of ours is being stored.
    var tailRequest: [Effect] {
        guard ownTurnWriting == nil, let conversationID else { return [] }
        return [.loadNewer(conversationID: conversationID, after: transcript.newestMessageID, limit: Self.tailPageSize)]
    }

    /// A turn of ours started: it stores messages the pane shows as they stream.
    mutating func ownTurnStarted(_ id: TurnID) {
        ownTurnWriting = id
    }

    /// The end of one of our turns (even one cancelled earlier, whose updates are otherwise
    /// dropped) asks for the tail, to step over what it stored.
    mutating func settleOwnTurn(_ id: TurnID, _ turnUpdate: TurnUpdate) -> [Effect] {
        guard id == ownTurnWriting else { return [] }
        switch turnUpdate {
        case .finished, .failed:
            ownTurnWriting = nil
            ownMessagesUnseen = true
            return tailRequest
        case .messageStored, .textDelta, .toolStarted, .toolFinished, .waiting:
            return []
        }
    }

    mutating func appendLoaded(_ page: ConversationPage) -> [Effect] {
        guard page.conversationID == conversationID, ownTurnWriting == nil else { return [] }
        if ownMessagesUnseen {
            ownMessagesUnseen = false
            transcript.newestMessageID = max(transcript.newestMessageID ?? 0, page.messages.last?.id ?? 0)
            return []
        }
        keepingView { $0.append(page.messages) }
        return page.messages.count >= Self.tailPageSize ? tailRequest : []
    }
}
