/// One item in the conversation pane. Everything here is raw text as it arrived; the view
/// sanitises it when drawing.
enum TranscriptEntry: Hashable, Sendable {
    case user(String)
    case assistant(String, interrupted: Bool)
    case tool(ToolActivity)
    /// Something went wrong; the text says what to do about it.
    case error(String)
    /// The app speaking: help, "new conversation", what an undo did.
    case notice(String)
}
