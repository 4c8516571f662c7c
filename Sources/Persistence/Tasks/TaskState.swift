import Foundation

/// The editable part of a task: what the undo journal saves before and after a change.
struct TaskState: Hashable, Codable {
    var title: String
    var description: String?
    var completed: Bool
    var priority: Priority?
    var tags: [String]
    var due: Due?
    var recurrence: Recurrence?
    var completedAt: Date?
    var deletedAt: Date?

    init(_ task: TodoTask) {
        title = task.title
        description = task.description
        completed = task.completed
        priority = task.priority
        tags = task.tags
        due = task.due
        recurrence = task.recurrence
        completedAt = task.completedAt
        deletedAt = task.deletedAt
    }

    enum CodingKeys: String, CodingKey {
        case title, description, completed, priority, tags, due, recurrence
        case completedAt = "completed_at"
        case deletedAt = "deleted_at"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        completed = try container.decode(Bool.self, forKey: .completed)
        priority = try container.decodeIfPresent(String.self, forKey: .priority).flatMap(Priority.init(rawValue:))
        tags = try container.decode([String].self, forKey: .tags)
        due = try container.decodeIfPresent(String.self, forKey: .due).flatMap(Due.init(storedText:))
        recurrence = try container.decodeIfPresent(String.self, forKey: .recurrence)
            .flatMap { try? Recurrence.parse($0) }
        completedAt = try container.decodeIfPresent(Date.self, forKey: .completedAt)
        deletedAt = try container.decodeIfPresent(Date.self, forKey: .deletedAt)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(description, forKey: .description)
        try container.encode(completed, forKey: .completed)
        try container.encode(priority?.rawValue, forKey: .priority)
        try container.encode(tags, forKey: .tags)
        try container.encode(due?.normalized, forKey: .due)
        try container.encode(recurrence?.normalized, forKey: .recurrence)
        try container.encode(completedAt, forKey: .completedAt)
        try container.encode(deletedAt, forKey: .deletedAt)
    }

    /// JSON with RFC 3339 times to the millisecond, the precision the database keeps,
    /// so a restored task equals the one that was saved.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(Self.timeFormat))
        }
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    static func fromJSON(_ text: String) throws -> TaskState {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            return try timeFormat.parse(try container.decode(String.self))
        }
        return try decoder.decode(TaskState.self, from: Data(text.utf8))
    }

    private static let timeFormat = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
