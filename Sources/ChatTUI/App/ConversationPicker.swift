import Persistence

/// The list of recent conversations that Ctrl-O opens.
struct ConversationPicker: Hashable, Sendable {
    var conversations: [Conversation] = []
    var selection = 0
    var isLoading = true
}
