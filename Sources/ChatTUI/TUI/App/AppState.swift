import Foundation
import Persistence

/// Everything the screen shows, as a value. `update` changes it, `view` draws it.
struct AppState: Hashable, Sendable {
    var size: Size
    var session: SessionInfo
    var screen: Screen = .chat
    /// nil until the first message of a new conversation is stored.
    var conversationID: Int64?
    var conversationTitle: String?
    var transcript = Transcript()
    var input = InputEditor()
    var savedDraft = SavedDraft()
    var activity: Activity = .idle
    /// How many rows the pane is scrolled up from the bottom; 0 follows new text.
    var scrollOffset = 0
    /// Tokens reported by the provider this session.
    var tokensUsed = 0
    var reminders = ReminderCounts(overdue: 0, dueToday: 0)
    /// The pending tasks beside the chat (F3), and whether they are wanted.
    var taskPanel = TaskPanel()
    /// The model this conversation's next turn asks for, when not the session's own:
    /// chosen with `/model NAME`, or the conversation's when it was opened.
    var modelOverride: String?
    /// The review's filter, sort and text filter, kept while the review is closed.
    var reviewSettings = ReviewSettings()
    /// Conversations the picker deleted this session, the newest last, for its `u`.
    var deletedConversations: [Int64] = []
    /// The clock as of the last tick; the view reads "now" from here to stay pure.
    var now: Date
    var timeZone: TimeZone
    var spinnerFrame = 0
    /// A one-line answer to the last key ("Copied the last reply."), cleared by the next key.
    var flash: String?
    /// Numbers the turns, so every turn's id is fresh and tests can predict it.
    var nextTurnNumber = 1
    /// This process's turn that may still be storing messages (a cancelled one goes on
    /// until its interrupted reply is saved); while it does, the tail is not loaded.
    var ownTurnWriting: TurnID?
    /// The next tail loaded holds only what this process's last turn stored, already on
    /// screen: it moves the newest id on without showing anything.
    var ownMessagesUnseen = false
    /// Entries already wrapped, so a frame re-wraps only what changed; no part of the value.
    var layoutMemo = LayoutMemo()

    init(size: Size, session: SessionInfo, now: Date, timeZone: TimeZone, conversationID: Int64? = nil) {
        self.size = size
        self.session = session
        self.now = now
        self.timeZone = timeZone
        self.conversationID = conversationID
        savedDraft.conversationID = conversationID
    }

    mutating func makeTurnID() -> TurnID {
        defer { nextTurnNumber += 1 }
        return TurnID(nextTurnNumber)
    }
}
