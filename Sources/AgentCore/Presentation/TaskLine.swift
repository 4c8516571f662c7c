import Persistence

/// One task as a line of text: `#3 ☐ Buy groceries — due Fri 14 Mar · high · #work`.
///
/// The CLI, the offline engine's replies and the review screen all print tasks this way; the
/// engine also reads its own numbered lines back, so the shape is part of its memory.
public struct TaskLine: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var completed: Bool
    /// The tools' normalised `due` text.
    public var due: String?
    public var priority: String?
    public var recurrence: String?
    public var tags: [String]
    public var overdue: Bool

    public init(
        id: Int64, title: String, completed: Bool = false, due: String? = nil, priority: String? = nil,
        recurrence: String? = nil, tags: [String] = [], overdue: Bool = false
    ) {
        self.id = id
        self.title = title
        self.completed = completed
        self.due = due
        self.priority = priority
        self.recurrence = recurrence
        self.tags = tags
        self.overdue = overdue
    }

    /// A stored task; `clock` decides whether it is overdue.
    public init(_ task: TodoTask, clock: TaskClock) {
        self.init(
            id: task.id, title: task.title, completed: task.completed, due: task.due?.normalized,
            priority: task.priority?.rawValue, recurrence: task.recurrence?.normalized, tags: task.tags,
            overdue: !task.completed && (task.due?.isOverdue(clock: clock) ?? false))
    }

    public var text: String {
        "#\(id) \(completed ? "☑" : "☐") \(Self.singleLine(title))"
            + Self.details(due: due, priority: priority, recurrence: recurrence, tags: tags, overdue: overdue)
    }

    /// " — due Fri 14 Mar · high · weekly · #work", or "" when there is nothing to add.
    public static func details(
        due: String?, priority: String?, recurrence: String?, tags: [String], overdue: Bool = false
    ) -> String {
        var parts: [String] = []
        if let due, !due.isEmpty { parts.append("due " + DueText.short(due) + (overdue ? " (overdue)" : "")) }
        if let priority, !priority.isEmpty { parts.append(priority) }
        if let recurrence, !recurrence.isEmpty { parts.append(recurrence) }
        if !tags.isEmpty { parts.append(tags.map { "#" + $0 }.joined(separator: " ")) }
        return parts.isEmpty ? "" : " — " + parts.joined(separator: " · ")
    }

    /// A line break would break the one-line-per-task shape, so breaks become spaces.
    public static func singleLine(_ title: String) -> String {
        title.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
