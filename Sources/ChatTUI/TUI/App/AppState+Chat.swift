import Foundation

/// Keys on the chat screen.
extension AppState {
    mutating func handleChatKey(_ key: Key) -> [Effect] {
        guard let action = ChatKeymap.action(for: key) else {
            // Typed characters and pastes.
            _ = input.handleEditingKey(key)
            return []
        }
        switch action {
        case .send: return submit()
        case .newline: input.insert("\n")
        case .edit: _ = input.handleEditingKey(key)
        // Home and End edit the input while it holds text; on an empty input there is
        // nothing to move through, so they page the conversation as in a pager.
        case .homeOrTop:
            if input.isEmpty { return scrollToTop() }
            input.moveToLineStart()
        case .endOrFollow:
            if input.isEmpty { follow() } else { input.moveToLineEnd() }
        case .deleteOrQuit:
            // End of input, as in a shell.
            if input.isEmpty { return [.quit] }
            input.deleteForward()
        case .lineUpOrHistory:
            if !input.moveUpLine() { input.historyBack() }
        case .lineDownOrHistory:
            if !input.moveDownLine() { input.historyForward() }
        case .pageUp: return scroll(by: pageStep)
        case .pageDown: return scroll(by: -pageStep)
        case .wheel: return scroll(by: key == .wheelUp ? 3 : -3)
        case .top: return scrollToTop()
        case .follow: follow()
        case .stopReply: return activity.runningTurn != nil ? cancelTurn() : []
        case .interrupt: return interrupt()
        case .retry: return retry()
        case .tasks: return openReview()
        case .panel: return togglePanel()
        case .conversations: return openPicker()
        case .search: return openSearch(nil)
        case .help: screen = .help(HelpScreen())
        case .suspend: break
        }
        return []
    }

    /// Ctrl-C: stops a running turn first, as it stops a running command in a shell, then
    /// clears the draft, as a shell drops the line typed, and quits when there is neither, so
    /// pressing it again always ends up quitting.
    mutating func interrupt() -> [Effect] {
        if activity.runningTurn != nil { return cancelTurn() }
        guard screen == .chat, !input.isEmpty else { return [.quit] }
        input.cutAll()
        flash = "Draft cleared: Ctrl-Y brings it back, Ctrl-C again quits."
        return []
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
        ownTurnStarted(id)
        scrollOffset = 0
        return keepDraft() + [.startTurn(id, conversationID: conversationID, text: text, model: modelOverride)]
    }

    /// Esc or Ctrl-C during a turn: what streamed stays, marked interrupted, and later updates
    /// of this turn are dropped because they carry its id.
    mutating func cancelTurn() -> [Effect] {
        guard let turn = activity.runningTurn else { return [] }
        keepingView { $0.markReplyInterrupted() }
        activity = .idle
        return [.cancelTurn(turn.id)]
    }

    /// Ctrl-R after a failure, or on a conversation opened on an unanswered message: on the
    /// stored user message when there is one, else the text is sent again.
    private mutating func retry() -> [Effect] {
        let failed: SentTurn
        switch activity {
        case .failed(let turn): failed = turn
        case .unanswered(let turn):
            failed = turn
            if transcript.entries.last == .notice(Self.unansweredMark) { transcript.entries.removeLast() }
        case .idle, .thinking, .streaming:
            flash = "Nothing to retry: Ctrl-R repeats a turn that failed."
            return []
        }
        let id = makeTurnID()
        ownTurnStarted(id)
        scrollOffset = 0
        if failed.messageStored, let conversationID {
            activity = .thinking(SentTurn(id: id, text: failed.text, messageStored: true))
            return [.retryTurn(id, conversationID: conversationID, model: modelOverride)]
        }
        activity = .thinking(SentTurn(id: id, text: failed.text))
        return [.startTurn(id, conversationID: conversationID, text: failed.text, model: modelOverride)]
    }
}
