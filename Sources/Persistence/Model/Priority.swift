import Foundation

/// How urgent a task is; a task may have none.
///
/// Ordered by urgency, so sorting ascending puts `high` first.
public enum Priority: String, Sendable, CaseIterable, Comparable {
    case low, medium, high

    public static func < (lhs: Priority, rhs: Priority) -> Bool {
        lhs.urgency > rhs.urgency
    }

    /// Accepts the three names in any case, for tools and command-line flags.
    public static func parse(_ text: String) throws -> Priority {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let priority = Priority(rawValue: name) else {
            throw TaskInputError.invalidPriority(text)
        }
        return priority
    }

    var urgency: Int {
        switch self {
        case .low: 1
        case .medium: 2
        case .high: 3
        }
    }
}
