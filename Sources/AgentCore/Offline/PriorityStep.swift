import Persistence

/// "Bump the garage up a notch": a move of one level from the priority the task has.
///
/// The levels run none → low → medium → high, the order `p` cycles through in the task
/// review, so one step up from no priority is low (a task nobody ranked is the least
/// pressing, as in most to-do apps). A step past either end (up from high, down from low or
/// from none) is answered and writes nothing: clearing a priority is asked for in words
/// ("no priority for the gym").
enum PriorityStep: Equatable, Sendable {
    case up, down

    /// The level one step from `current` (a `list_tasks` priority name), or `nil` past the end.
    func moving(_ current: String?) -> Priority? {
        let level = current.flatMap { Priority(rawValue: $0.lowercased()) }
        switch (self, level) {
        case (.up, nil): return .low
        case (.up, .low?): return .medium
        case (.up, .medium?): return .high
        case (.down, .high?): return .medium
        case (.down, .medium?): return .low
        case (.up, .high?), (.down, .low?), (.down, nil): return nil
        }
    }
}
