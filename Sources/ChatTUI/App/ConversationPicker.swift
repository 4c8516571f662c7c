import Persistence

/// The list of recent conversations that Ctrl-O opens.
struct ConversationPicker: Hashable, Sendable {
    var conversations: [Conversation] = []
    var selection = ListSelection()
    var isLoading = true

    var selected: Conversation? {
        conversations.indices.contains(selection.index) ? conversations[selection.index] : nil
    }
}
