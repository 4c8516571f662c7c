/// Writes a task as one line: `#3 ☐ Buy groceries — due Fri 14 Mar · high · #work`.
enum TaskLineFormatter {
    static func line(_ task: TaskSummary) -> String {
        let box = task.completed == true ? "☑" : "☐"
        return "#\(task.taskID) \(box) \(singleLine(task.title))"
            + suffix(due: task.due, priority: task.priority, recurrence: task.recurrence, tags: task.tags)
    }

    /// " — due … · high · weekly · #work", or "" when the task has none of these.
    static func suffix(due: String?, priority: String?, recurrence: String?, tags: [String]?) -> String {
        var parts: [String] = []
        if let due, !due.isEmpty { parts.append("due " + DueFormatter.format(due)) }
        if let priority, !priority.isEmpty { parts.append(priority) }
        if let recurrence, !recurrence.isEmpty { parts.append(recurrence) }
        if let tags, !tags.isEmpty { parts.append(tags.map { "#" + $0 }.joined(separator: " ")) }
        return parts.isEmpty ? "" : " — " + parts.joined(separator: " · ")
    }

    /// A title with a line break would break the one-line-per-task shape (and the numbered
    /// question the engine reads back), so breaks become spaces.
    static func singleLine(_ title: String) -> String {
        title.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
