/// Facts about the session the status bar shows and update never changes.
struct SessionInfo: Hashable, Sendable {
    /// "offline" or the provider's host, such as "api.openai.com".
    var provider: String
    var model: String
}
