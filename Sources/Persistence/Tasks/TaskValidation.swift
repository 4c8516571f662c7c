import Foundation

/// The limits every task write enforces, whichever front end it came from.
enum TaskValidation {
    /// Raw text far beyond any limit is refused before it is cleaned: an MCP client may
    /// send megabytes, and cleaning them would only delay the same refusal.
    private static let rawLengthFactor = 8

    /// Cleaned to one line (`CleanText`) and trimmed; refused when nothing is left or
    /// longer than 500 characters.
    static func title(_ text: String) throws -> String {
        guard text.utf8.count <= TaskInputError.maximumTitleLength * rawLengthFactor else {
            throw TaskInputError.titleTooLong(length: text.unicodeScalars.count)
        }
        let title = CleanText.oneLine(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else {
            throw isBlank(text) ? TaskInputError.emptyTitle : TaskInputError.onlyControlCharacters(field: "title")
        }
        guard title.count <= TaskInputError.maximumTitleLength else {
            throw TaskInputError.titleTooLong(length: title.count)
        }
        return title
    }

    /// Cleaned keeping its lines (`CleanText`) and trimmed; an empty description is no
    /// description, but one that only held control characters is refused rather than
    /// silently dropped.
    static func description(_ text: String?) throws -> String? {
        guard let raw = text else { return nil }
        guard raw.utf8.count <= TaskInputError.maximumDescriptionLength * rawLengthFactor else {
            throw TaskInputError.descriptionTooLong(length: raw.unicodeScalars.count)
        }
        guard !isBlank(raw) else { return nil }
        let text = CleanText.multiline(raw).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw TaskInputError.onlyControlCharacters(field: "description") }
        guard text.count <= TaskInputError.maximumDescriptionLength else {
            throw TaskInputError.descriptionTooLong(length: text.count)
        }
        return text
    }

    private static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }

    /// Refuses a repeat of less than one day, which would never move forward.
    static func recurrence(_ recurrence: Recurrence?) throws -> Recurrence? {
        if case .everyDays(let days)? = recurrence, days < 1 {
            throw TaskInputError.invalidRecurrence(recurrence?.normalized ?? "")
        }
        if case .everyDays(1)? = recurrence {
            return .daily
        }
        return recurrence
    }

    static func applying(_ patch: TaskPatch, to state: TaskState, now: Date) throws -> TaskState {
        var state = state
        switch patch.title {
        case .keep: break
        case .set(let text): state.title = try title(text)
        case .clear: throw TaskInputError.emptyTitle
        }
        state.description = try patch.description.applied(to: state.description, validate: description)
        state.priority = try patch.priority.applied(to: state.priority) { $0 }
        state.due = try patch.due.applied(to: state.due) { $0 }
        state.recurrence = try patch.recurrence.applied(to: state.recurrence, validate: recurrence)
        switch patch.tags {
        case .keep: break
        case .set(let tags): state.tags = try TaskTags.normalize(tags)
        case .clear: state.tags = []
        }
        if let completed = patch.completed, completed != state.completed {
            state.completed = completed
            state.completedAt = completed ? now : nil
        }
        return state
    }
}

extension FieldChange {
    /// The field's new value, validated when it is set.
    func applied(to current: Value?, validate: (Value?) throws -> Value?) throws -> Value? {
        switch self {
        case .keep: current
        case .set(let value): try validate(value)
        case .clear: nil
        }
    }
}
