/// A task field an update empties by sending `null`, as the tool contract allows:
/// "stop repeating the rent" clears `recurrence`.
enum ClearableField: String, Hashable, Sendable {
    case recurrence
}
