import Persistence

/// Answers from the runtime: pages, lists, counts and the outcome of task actions.
extension AppState {
    mutating func openLoaded(_ page: ConversationPage) -> [Effect] {
        let keeping = switchDraft(to: page.conversationID, draft: page.draft)
        conversationID = page.conversationID
        conversationTitle = page.title
        adoptModel(of: page)
        transcript = Transcript(
            entries: TranscriptEntry.entries(from: page.messages), oldestMessageID: page.messages.first?.id,
            hasOlder: page.hasOlder, newestMessageID: page.messages.last?.id)
        transcript.seekingMessageID = page.seekingMessageID
        ownTurnWriting = nil
        ownMessagesUnseen = false
        input.prependHistory(Self.userTexts(page.messages))
        if transcript.entries.isEmpty {
            transcript.entries.append(.notice("Conversation \(page.conversationID) has no messages yet."))
        }
        activity = .idle
        if let last = page.messages.last, last.role == .user {
            activity = .unanswered(SentTurn(id: makeTurnID(), text: last.content, messageStored: true))
            transcript.entries.append(.notice(Self.unansweredMark))
        }
        scrollOffset = 0
        screen = .chat
        return keeping + continueSeekingMessage(in: page)
    }

    /// Below a conversation's last message when nothing answered it.
    static let unansweredMark = "not answered — Ctrl-R to retry"

    /// Older messages go in front; the offset counts from the bottom, so the view stays put.
    mutating func prependLoaded(_ page: ConversationPage) -> [Effect] {
        guard page.conversationID == conversationID else { return [] }
        transcript.prepend(page.messages, hasOlder: page.hasOlder)
        input.prependHistory(Self.userTexts(page.messages))
        return continueSeekingFirst() + continueSeekingMessage(in: page)
    }

    /// What the user sent, oldest first, for the ↑ history.
    private static func userTexts(_ messages: [StoredMessage]) -> [String] {
        messages.filter { $0.role == .user }.map(\.content)
    }

    /// The list and the counts are reloaded rather than patched, so what shows is what the
    /// task service holds, whatever else changed meanwhile.
    /// The list reloads around `task` when one is given and the list is showing, else around
    /// the cursor's task.
    mutating func taskChanged(_ summary: String, around task: TodoTask? = nil) -> [Effect] {
        guard case .review(var review) = screen else {
            flash = summary
            return [.loadReminders]
        }
        review.notice = summary
        review.saving = nil
        var effects = reloadReview(&review, around: review.mode == .browsing ? task : nil)
        if case .detail(let detail?) = review.mode { effects.append(.loadTaskDetail(detail.task.id)) }
        screen = .review(review)
        return effects + [.loadReminders]
    }

    mutating func actionFailed(_ text: String) -> [Effect] {
        // Whatever failed, a pending page of history is not coming: scrolling up asks again.
        transcript.isLoadingOlder = false
        transcript.isSeekingFirst = false
        transcript.seekingMessageID = nil
        switch screen {
        case .review(var review):
            review.notice = text
            review.isLoading = false
            if let saved = review.saving, review.mode == .browsing || review.mode == .detail(saved.detail) {
                review.openDetail = saved.detail
                review.mode = .editing(saved.field, InputEditor(text: saved.text))
                review.saving = nil
            }
            // A window that failed is not coming: the next key asks again.
            review.pending = nil
            if case .detail(nil) = review.mode { review.mode = .browsing }
            screen = .review(review)
        case .picker(var picker):
            picker.isLoading = false
            picker.pending = nil
            picker.notice = text
            screen = .picker(picker)
        case .search(var search):
            search.pending = nil
            search.notice = text
            screen = .search(search)
        case .chat, .help:
            keepingView { $0.entries.append(.error(text)) }
        }
        return []
    }

    /// Another copy of the app changed the database: reload what is on screen and the counts,
    /// and load what was appended to the open conversation (see `AppState+Tail.swift`).
    mutating func reloadAfterExternalChange() -> [Effect] {
        switch screen {
        case .review(var review):
            let effects = reloadReview(&review)
            screen = .review(review)
            return effects + [.loadReminders] + tailRequest
        case .picker(var picker):
            let effects = reloadPicker(&picker)
            screen = .picker(picker)
            return effects + [.loadReminders] + tailRequest
        case .chat, .help, .search: return [.loadReminders] + tailRequest
        }
    }
}
