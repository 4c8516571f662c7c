/// A turn the user started, with what a retry needs.
struct SentTurn: Hashable, Sendable {
    var id: TurnID
    var text: String
    /// Once the user message is stored, a retry runs on it rather than storing it again.
    var messageStored = false
    /// The provider's last wait notice, shown in the status bar until the turn moves on.
    var waitNotice: String?
}
