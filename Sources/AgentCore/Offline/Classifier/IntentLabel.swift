/// What the intent model can say a message is about: one label per thing the engine does,
/// plus the talk around it.
///
/// Finer than ``Intent``: raising and lowering a priority, retagging and rescheduling are
/// said with different words, and a label per wording keeps each label's vocabulary tight.
enum IntentLabel: String, CaseIterable, Sendable {
    case add, list, complete, delete, reopen
    case reschedule, recur, raisePriority, lowerPriority, retag, rename, note
    case undo, help, greeting, thanks, acknowledgement
    /// A question about something other than tasks: answered, never added.
    case offTopic
    /// Words that ask for nothing ("I'm bored", "blah"): the engine says what it can do.
    case chitChat

    /// Labels that change a task that already exists, and so need a target.
    var changesATask: Bool {
        switch self {
        case .complete, .delete, .reopen, .reschedule, .recur, .raisePriority, .lowerPriority, .retag, .rename, .note: true
        default: false
        }
    }
}
