import Persistence

/// A page of stored messages, oldest first.
struct ConversationPage: Hashable, Sendable {
    var conversationID: Int64
    var title: String?
    var messages: [StoredMessage]
    /// More messages exist before the first one here.
    var hasOlder: Bool
    /// The message the pane is to scroll to once it is loaded (a search match's), if any.
    var seekingMessageID: Int64? = nil
    /// What the person had typed in this conversation and not sent (pages that open one).
    var draft: String? = nil
    /// The model of the conversation's newest reply: its own model, used again from here on.
    var model: String? = nil
}
