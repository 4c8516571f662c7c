/// A task field an update empties by sending `null`, as the tool contract allows:
/// "stop repeating the rent" clears `recurrence`, "the rent has no deadline" clears `due`.
enum ClearableField: String, CaseIterable, Hashable, Sendable {
    case recurrence
    case due
    case priority
    case tags

    /// The field a person names: "deadline" and "date" are `due`, "labels" are `tags`.
    init?(naming words: Substring) {
        switch words.lowercased().split(whereSeparator: \.isWhitespace).last {
        case "date", "deadline", "due": self = .due
        case "priority", "urgency", "urgent", "flag": self = .priority
        case "tag", "tags", "label", "labels": self = .tags
        default: return nil
        }
    }
}
