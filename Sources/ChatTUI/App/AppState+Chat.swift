import Foundation

/// Keys on the chat screen.
extension AppState {
    mutating func handleChatKey(_ key: Key) -> [Effect] {
        switch key {
        case .enter:
            return submit()
        case .altEnter, .ctrl("j"):
            input.insert("\n")
            return []
        case .escape:
            return activity.runningTurn != nil ? cancelTurn() : []
        case .up:
            if !input.moveUpLine() { input.historyBack() }
            return []
        case .down:
            if !input.moveDownLine() { input.historyForward() }
            return []
        case .pageUp:
            return scroll(by: pageStep)
        case .pageDown:
            return scroll(by: -pageStep)
        case .wheelUp:
            return scroll(by: 3)
        case .wheelDown:
            return scroll(by: -3)
        case .ctrlHome:
            return scrollToTop()
        case .ctrlEnd:
            scrollOffset = 0
            return []
        // Home and End edit the input while it holds text; on an empty input there is
        // nothing to move through, so they page the conversation as in a pager.
        case .home where input.isEmpty:
            return scrollToTop()
        case .end where input.isEmpty:
            scrollOffset = 0
            return []
        case .ctrl("r"):
            return retry()
        case .function(2), .ctrl("t"):
            return openReview()
        case .ctrl("o"):
            return openPicker()
        default:
            _ = input.handleEditingKey(key)
            return []
        }
    }

    /// Enter: a slash command, or a message to send. Blank input sends nothing.
    private mutating func submit() -> [Effect] {
        let trimmed = input.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        if trimmed.hasPrefix("/") {
            return runSlashCommand(trimmed)
        }
        guard activity.runningTurn == nil else {
            flash = "A reply is still coming: wait for it, or press Esc to stop it."
            return []
        }
        let text = input.submit()
        let id = makeTurnID()
        transcript.entries.append(.user(text))
        activity = .thinking(SentTurn(id: id, text: text))
        scrollOffset = 0
        return [.startTurn(id, conversationID: conversationID, text: text)]
    }

    /// Esc or Ctrl-C during a turn: what streamed stays, marked interrupted, and later updates
    /// of this turn are dropped because they carry its id.
    mutating func cancelTurn() -> [Effect] {
        guard let turn = activity.runningTurn else { return [] }
        keepingView { $0.markReplyInterrupted() }
        activity = .idle
        return [.cancelTurn(turn.id)]
    }

    /// Ctrl-R after a failure: on the stored user message when there is one, else the text
    /// is sent again.
    private mutating func retry() -> [Effect] {
        guard case .failed(let failed) = activity else {
            flash = "Nothing to retry: Ctrl-R repeats a turn that failed."
            return []
        }
        let id = makeTurnID()
        scrollOffset = 0
        if failed.messageStored, let conversationID {
            activity = .thinking(SentTurn(id: id, text: failed.text, messageStored: true))
            return [.retryTurn(id, conversationID: conversationID)]
        }
        activity = .thinking(SentTurn(id: id, text: failed.text))
        return [.startTurn(id, conversationID: conversationID, text: failed.text)]
    }
}
