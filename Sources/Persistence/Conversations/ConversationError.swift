/// A conversation request this user cannot have.
public enum ConversationError: Error, Equatable, CustomStringConvertible {
    /// Also thrown for another user's conversation.
    case notFound(Int64)
    /// Another live process is running a turn in the conversation.
    case leaseHeld(conversationID: Int64, ownerPID: Int32)
    /// The lease went stale and another process took it over.
    case leaseLost(conversationID: Int64)

    public var description: String {
        switch self {
        case .notFound(let id):
            "No conversation \(id). Run 'chattui conversations' to list them."
        case .leaseHeld(let id, let pid):
            "Conversation \(id) is busy: another chattui (pid \(pid)) is running a turn in it. "
                + "Wait for it to finish or start a new conversation."
        case .leaseLost(let id):
            "Another chattui took over conversation \(id) while this one was idle; reopen it to continue."
        }
    }
}
