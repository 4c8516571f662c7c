/// A task field a person or the model supplied that cannot be stored as given.
public enum TaskInputError: Error, Equatable, CustomStringConvertible {
    case emptyTitle
    case titleTooLong(length: Int)
    case descriptionTooLong(length: Int)
    case invalidDate(String)
    /// A date no calendar has, such as "31 April", with the reason ("April has 30 days").
    case impossibleDate(String, reason: String)
    case invalidRecurrence(String)
    case invalidTag(String)
    case invalidPriority(String)
    /// The text held only control characters or bidi overrides, which task text never keeps.
    case onlyControlCharacters(field: String)
    case tooManyTags(count: Int)

    public static let maximumTitleLength = 500
    public static let maximumDescriptionLength = 10_000
    public static let maximumTagCount = 32

    public var description: String {
        switch self {
        case .emptyTitle:
            "title must not be empty"
        case .titleTooLong(let length):
            "title is \(length) characters long; the limit is \(Self.maximumTitleLength)"
        case .descriptionTooLong(let length):
            "description is \(length) characters long; the limit is \(Self.maximumDescriptionLength)"
        case .invalidDate(let text):
            "invalid date '\(text)': use YYYY-MM-DD, an ISO 8601 date-time, or a phrase such as "
                + "'tomorrow', 'friday', 'in 3 days' or 'next week'"
        case .impossibleDate(let text, let reason):
            "there is no '\(text)': \(reason)"
        case .invalidRecurrence(let text):
            "invalid recurrence '\(text)': use daily, weekly, monthly or 'every N days'"
        case .invalidTag(let text):
            "invalid tag '\(text)': a tag is 1 to 32 letters a-z, digits, '-' or '_'"
        case .invalidPriority(let text):
            "invalid priority '\(text)': use low, medium or high"
        case .onlyControlCharacters(let field):
            "\(field) has no visible text: control characters and bidi overrides are removed from task text"
        case .tooManyTags(let count):
            "a task has at most \(Self.maximumTagCount) tags; \(count) were given"
        }
    }
}
