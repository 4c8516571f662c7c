/// What a key does on the task review; `ReviewKeymap` says which keys.
enum ReviewAction: Hashable, Sendable {
    case move(ListMove)
    case toggleDone, editTitle, delete, undo, priority
    case filter, sort, search, add, tags, due, recurrence, details
    case help, back

    var movesTheCursor: Bool {
        if case .move = self { true } else { false }
    }

    /// The word the hint line shows after the keys: "space done".
    var word: String {
        switch self {
        case .move(let move): move.word
        case .toggleDone: "done"
        case .editTitle: "edit"
        case .delete: "delete"
        case .undo: "undo"
        case .priority: "priority"
        case .filter: "filter"
        case .sort: "sort"
        case .search: "search"
        case .add: "add"
        case .tags: "tags"
        case .due: "due"
        case .recurrence: "repeat"
        case .details: "details"
        case .help: "help"
        case .back: "back"
        }
    }
}
