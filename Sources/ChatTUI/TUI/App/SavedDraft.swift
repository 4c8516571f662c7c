/// What the database holds of the input for the open conversation, so that `update` can
/// tell when the input has moved on from it and ask the runtime to keep it.
///
/// The input is kept when the person pauses (unchanged over one tick), before the chat
/// switches conversation, and when the screen closes for any reason: a closed terminal
/// window or a `kill -9` loses at most the typing since the last pause.
struct SavedDraft: Hashable, Sendable {
    /// The conversation the saved text belongs to; nil for the one not started yet.
    var conversationID: Int64?
    var text = ""
    /// The input as the last tick saw it, to tell a pause from typing.
    var textAtLastTick = ""
}
