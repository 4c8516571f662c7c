/// Keeping what the person typed and has not sent, per conversation.
extension AppState {
    static let restoredDraftFlash = "Restored the message you had not sent."

    /// On each tick: input that has stopped changing and differs from what is saved is saved.
    mutating func keepDraftOnPause() -> [Effect] {
        defer { savedDraft.textAtLastTick = input.text }
        guard input.text == savedDraft.textAtLastTick else { return [] }
        return keepDraft()
    }

    /// Saves the input as the open conversation's draft unless the database holds it already.
    mutating func keepDraft() -> [Effect] {
        if savedDraft.conversationID == conversationID, savedDraft.text == input.text { return [] }
        defer { savedDraft = SavedDraft(conversationID: conversationID, text: input.text, textAtLastTick: input.text) }
        // A conversation that has just been stored by its first message has no draft yet.
        if input.text.isEmpty, savedDraft.text.isEmpty { return [] }
        return [.saveDraft(conversationID: conversationID, text: input.text)]
    }

    /// Opening another conversation: the input stays with the one being left, and the one
    /// opened brings back its own. `draft` is what the database holds for `id`.
    mutating func switchDraft(to id: Int64?, draft: String?) -> [Effect] {
        let effects = id == conversationID ? [] : keepDraft()
        if id != conversationID { restore(draft) }
        savedDraft = SavedDraft(conversationID: id, text: draft ?? "", textAtLastTick: input.text)
        return effects
    }

    /// The draft of a new conversation, read after `/new`.
    mutating func draftLoaded(_ id: Int64?, _ draft: String?) -> [Effect] {
        guard id == conversationID, savedDraft.conversationID == id else { return [] }
        if input.isEmpty { restore(draft) }
        savedDraft.text = draft ?? ""
        return []
    }

    private mutating func restore(_ draft: String?) {
        input.replaceText(with: draft ?? "")
        // Blanks left behind by Ctrl-U are kept as typed but not announced as a message.
        if let draft, draft.contains(where: { !$0.isWhitespace }) { flash = Self.restoredDraftFlash }
    }
}
