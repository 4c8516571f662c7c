import AgentCore

/// Facts about the session the status bar shows and update never changes.
struct SessionInfo: Hashable, Sendable {
    static let offlineProvider = "offline"

    /// "offline" or the provider's host, such as "api.openai.com".
    var provider: String
    /// The model turns ask for unless a conversation has its own.
    var model: String
    /// `--model` was given: it applies to every conversation opened, whatever they used before.
    var modelIsPinned = false

    var isOffline: Bool { provider == Self.offlineProvider }

    /// The model to ask in a conversation whose newest reply used `own`, when not this
    /// session's: a conversation resumed keeps its model unless `--model` said otherwise.
    /// The offline engine's replies name no model a server would know.
    func override(forConversationModel own: String?) -> String? {
        guard !isOffline, !modelIsPinned, let own, own != ProviderChoice.offlineModel, own != model else { return nil }
        return own
    }
}
