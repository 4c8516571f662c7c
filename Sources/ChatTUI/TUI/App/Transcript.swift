import Persistence

/// The loaded part of a conversation: the newest page of messages and whatever the user has
/// scrolled back through, plus what the current turn has added.
///
/// Older messages are fetched a page at a time as the pane reaches the top, so a conversation
/// of 100,000 messages costs the same to open as one of ten.
struct Transcript: Hashable, Sendable {
    var entries: [TranscriptEntry] = []
    /// The id of the oldest stored message loaded, the cursor for fetching the page before it.
    var oldestMessageID: Int64?
    var hasOlder = false
    /// The id of the newest stored message shown (or written by this process's own turns,
    /// which show as they stream): messages after it are another process's, to append.
    var newestMessageID: Int64?
    /// A page request is out; the pane does not ask again until it arrives.
    var isLoadingOlder = false
    /// Ctrl-Home was pressed with older messages unloaded: each page that arrives asks for
    /// the next, until the conversation's first message is on screen.
    var isSeekingFirst = false
    /// Enter on a search match: the message to scroll to once the page holding it is loaded
    /// (`AppState+Seek.swift`).
    var seekingMessageID: Int64?

    /// Appends the streamed text to the reply under way, starting one if the last entry is
    /// not a reply.
    mutating func appendReplyText(_ delta: String) {
        if case .assistant(let text, let interrupted)? = entries.last, !interrupted {
            entries[entries.count - 1] = .assistant(text + delta, interrupted: false)
        } else {
            entries.append(.assistant(delta, interrupted: false))
        }
    }

    /// Marks the reply under way as cut short, keeping what streamed.
    mutating func markReplyInterrupted() {
        if case .assistant(let text, false)? = entries.last {
            entries[entries.count - 1] = .assistant(text, interrupted: true)
        } else {
            entries.append(.assistant("", interrupted: true))
        }
    }

    /// Settles the running call with that id (without one, the newest running call of that
    /// tool), or adds the result if its start was not seen.
    mutating func finishTool(name: String, callID: String? = nil, summary: String, isError: Bool) {
        let finished = ToolActivity(name: name, summary: summary, status: isError ? .failed : .succeeded)
        let running = entries.lastIndex {
            guard case .tool(let activity) = $0, activity.name == name, activity.status == .running else { return false }
            return callID == nil || activity.callID == callID
        }
        if let running {
            entries[running] = .tool(finished)
        } else {
            entries.append(.tool(finished))
        }
    }

    /// Puts what was stored after `newestMessageID` at the end; messages already accounted
    /// for (an answer that crossed another) are skipped.
    mutating func append(_ page: [StoredMessage]) {
        let newer = page.filter { $0.id > newestMessageID ?? 0 }
        entries += TranscriptEntry.entries(from: newer)
        newestMessageID = newer.last?.id ?? newestMessageID
    }

    /// Puts an older page in front.
    mutating func prepend(_ page: [StoredMessage], hasOlder: Bool) {
        entries.insert(contentsOf: TranscriptEntry.entries(from: page), at: 0)
        if let first = page.first?.id { oldestMessageID = first }
        self.hasOlder = hasOlder
        isLoadingOlder = false
    }

    /// The newest assistant reply with text, for `/copy`.
    var lastReply: String? {
        for entry in entries.reversed() {
            if case .assistant(let text, _) = entry, !text.isEmpty { return text }
        }
        return nil
    }
}
