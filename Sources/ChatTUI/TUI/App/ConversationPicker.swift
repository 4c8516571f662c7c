import Persistence

/// The conversation picker that Ctrl-O opens: a window of the user's conversations, newest
/// first, the cursor, the filter and the edit under way.
struct ConversationPicker: Hashable, Sendable {
    enum Mode: Hashable, Sendable {
        case browsing
        /// Typing the filter; the list follows each key.
        case filtering(InputEditor)
        case renaming(Int64, InputEditor)
        /// `d` asked "delete this one? y/n".
        case confirmingDelete(Conversation)
        /// The `?` overlay listing every key, scrolled down `offset` rows.
        case help(offset: Int)
    }

    var window = ListWindow<Conversation>(items: [], offset: 0, total: 0, anchorIndex: 0)
    var selection = ListSelection()
    var mode: Mode = .browsing
    /// Only conversations whose title holds this are listed, or from 3 characters one of
    /// whose user or assistant messages does (`ConversationService.window(matching:…)`).
    var title: String?
    /// The window asked for and not yet answered; answers to any other are stale.
    var pending: ConversationWindowRequest?
    /// As `TaskReview.movedWhilePending`.
    var movedWhilePending = false
    var isLoading = true
    /// As `TaskReview.movesBeforeLoading`: Ctrl-O then G at once still reaches the oldest.
    var movesBeforeLoading: [ListMove] = []
    /// What the last action did, or why it could not.
    var notice: String?

    var selected: Conversation? {
        window[selection.index]
    }
}

/// A window of the picker's list to read, like `TaskWindowRequest` for the review.
struct ConversationWindowRequest: Hashable, Sendable {
    var title: String?
    var anchor: WindowAnchor<Conversation>
    var before: Int
    var after: Int
    var keepsSelection: Bool
    var known: ListPosition?
}

/// What a picker action did, answered by the store.
enum ConversationChange: Hashable, Sendable {
    case renamed(Conversation)
    case deleted(Conversation)
    case restored(Conversation)
}
