/// The "did you mean …?" questions, each with a phrasing the rules read exactly, so saying
/// it back is enough.
extension ReplyComposer {
    static func suggestion(_ suggestion: Suggestion) -> String {
        let words = suggestion.words
        let example = words.map { "“\(verb(suggestion.label)) \($0)\(ending(suggestion.label))”" }
        switch suggestion.label {
        case .add:
            guard let words else { return "Did you mean to add a task? Say “add” and what it should say." }
            return "Did you mean to add a task “\(words)”? Say “add \(words)” and I'll add it."
        case .list:
            return "Did you mean to see your tasks? Say “show my tasks” or “what's pending?”."
        case .undo:
            return "Did you mean to undo your last change to a task? Say “undo” and I'll revert it."
        case .rename:
            return "Did you mean to rename a task? Say “rename task 3 to …” with its number and the new title."
        case .note:
            return "Did you mean to add a note to a task? Say “note on task 3: …” with its number and the note."
        case .retag:
            return "Did you mean to tag a task? Say “tag task 3 with #home” with its number and the tag."
        case .recur:
            return "Did you mean to make a task repeat? Say “make task 3 repeat every week” with its number and how often."
        case .reschedule:
            return "Did you mean to change a task's due date? Say “move task 3 to friday” with its number and the date."
        default:
            let named = example ?? "“\(verb(suggestion.label)) task 3\(ending(suggestion.label))”"
            return "Did you mean to \(purpose(suggestion.label))? Say \(named) and I'll do it."
        }
    }

    private static func purpose(_ label: IntentLabel) -> String {
        switch label {
        case .raisePriority: "raise a task's priority"
        case .lowerPriority: "lower a task's priority"
        default: verb(label) + " a task"
        }
    }

    private static func verb(_ label: IntentLabel) -> String {
        switch label {
        case .complete: "complete"
        case .delete: "delete"
        case .reopen: "reopen"
        case .raisePriority, .lowerPriority: "make"
        default: label.rawValue
        }
    }

    private static func ending(_ label: IntentLabel) -> String {
        switch label {
        case .raisePriority: " high priority"
        case .lowerPriority: " low priority"
        default: ""
        }
    }
}
