/// Updates from a running turn.
extension AppState {
    /// Applies an update of the running turn; updates of any other turn (one the user
    /// cancelled, or one that already ended) are dropped, but the end of one still lets the
    /// pane step over what it stored.
    mutating func handleTurn(_ id: TurnID, _ turnUpdate: TurnUpdate) -> [Effect] {
        let effects = applyTurn(id, turnUpdate)
        return effects + settleOwnTurn(id, turnUpdate)
    }

    private mutating func applyTurn(_ id: TurnID, _ turnUpdate: TurnUpdate) -> [Effect] {
        guard var turn = activity.runningTurn, turn.id == id else { return [] }
        if let notice = turn.waitNotice, flash == notice, turnUpdate != .waiting(notice) { flash = nil }
        switch turnUpdate {
        case .waiting(let notice):
            turn.waitNotice = notice
            flash = notice
            activity = isStreaming ? .streaming(turn) : .thinking(turn)
            return []
        case .messageStored(let storedIn):
            conversationID = storedIn
            turn.messageStored = true
            activity = isStreaming ? .streaming(turn) : .thinking(turn)
            return []
        case .textDelta(let text):
            activity = .streaming(turn)
            keepingView { $0.appendReplyText(text) }
            return []
        case .toolStarted(let name, _, let callID):
            activity = .streaming(turn)
            keepingView {
                $0.entries.append(.tool(ToolActivity(name: name, summary: "", status: .running, callID: callID)))
            }
            return []
        case .toolFinished(let name, let summary, let isError, let task, let nextTask, let callID):
            keepingView { $0.finishTool(name: name, callID: callID, summary: summary, isError: isError) }
            // A tool may have changed tasks: the reminder counts and the panel follow.
            return [.loadReminders] + panelToolFinished(name: name, task: task, nextTask: nextTask)
        case .finished(let usage, let interrupted, let cutOff):
            if interrupted { keepingView { $0.markReplyInterrupted() } }
            if cutOff {
                keepingView { $0.entries.append(.notice("The reply was cut off at the model's length limit.")) }
            }
            tokensUsed += usage?.totalTokens ?? 0
            activity = .idle
            return []
        case .failed(let message):
            // What streamed before the failure is saved marked interrupted; the pane says so too.
            if case .assistant(_, interrupted: false)? = transcript.entries.last {
                keepingView { $0.markReplyInterrupted() }
            }
            keepingView { $0.entries.append(.error(message + " Press Ctrl-R to try again.")) }
            activity = .failed(turn)
            return []
        }
    }

    private var isStreaming: Bool {
        if case .streaming = activity { return true }
        return false
    }

    /// Changes the end of the transcript without moving what the user is reading: at the
    /// bottom the pane follows the new rows; scrolled up, the offset grows by the rows added
    /// below so the same text stays in view.
    mutating func keepingView(_ change: (inout Transcript) -> Void) {
        guard scrollOffset > 0 else {
            change(&transcript)
            return
        }
        let from = max(0, transcript.entries.count - 1)
        let before = PaneLayout.rowCount(of: transcript.entries[from...], width: paneWidth, memo: layoutMemo)
        change(&transcript)
        let after = PaneLayout.rowCount(of: transcript.entries[from...], width: paneWidth, memo: layoutMemo)
        scrollOffset = max(0, scrollOffset + after - before)
    }
}
