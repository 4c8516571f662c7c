/// A "did you mean …?" question: what the classifier thinks the user wants, when it is not
/// sure enough, or the slots are not complete enough, to act on it.
struct Suggestion: Equatable, Sendable {
    var label: IntentLabel
    /// The words the slot filler would have used (a title, a task's name), when it found some.
    var words: String?
    /// The model was sure, but something else held it back (an undo with nothing before it).
    var sure = false
}
