import AgentCore
import Persistence

/// One review row's text, fitted to the cells it has: the whole CLI-shaped line when it
/// fits, otherwise the details that matter least give way first, as htop and taskwarrior-tui
/// shrink their columns, so a narrow terminal still shows the id, the title, the due date and
/// the priority.
///
/// The order of giving way: the tags, the recurrence, the "(overdue)" words (the row's `!`
/// still says it), the weekday, the time, the word "due", the priority, the date. A level is
/// taken when it leaves the title at least `minimumTitle(width:)` cells (or all of a shorter title);
/// the title is then cut with "…" on a character boundary, never inside a wide character.
struct TaskRowText {
    /// The cells a title keeps before a detail gives way: a third of the row, so a long title
    /// is not cut to a word for the sake of its tags, and never under 10, below which a title
    /// stops saying what the task is.
    static func minimumTitle(width: Int) -> Int {
        max(10, width / 3)
    }

    var prefix: String
    var title: String
    var due: [String]
    var overdue: Bool
    var priority: String?
    var recurrence: String?
    var tags: [String]

    /// `task`'s parts as the row shows them, its title made safe for the terminal.
    init(_ task: TodoTask, clock: TaskClock) {
        prefix = "#\(task.id) \(task.completed ? "☑" : "☐") "
        title = TerminalSanitizer.sanitize(TaskLine.singleLine(task.title), keepNewlines: false)
        // "Thu 3 Jun 2027 17:00": weekday, day, month, then the year and time when present.
        due = task.due.map { TaskDateText.text($0, clock: clock).split(separator: " ").map(String.init) } ?? []
        overdue = !task.completed && (task.due?.isOverdue(clock: clock) ?? false)
        priority = task.priority?.rawValue
        recurrence = task.recurrence?.normalized
        tags = task.tags
    }

    /// The row in at most `width` cells.
    func fitted(width: Int) -> String {
        let titleWidth = CharacterWidth.of(title)
        let prefixWidth = CharacterWidth.of(prefix)
        let room = { (details: String) in width - prefixWidth - CharacterWidth.of(details) }
        let level = (0..<Self.lastLevel).first { room(details(level: $0)) >= min(titleWidth, Self.minimumTitle(width: width)) }
        let kept = details(level: level ?? Self.lastLevel)
        return CharacterWidth.truncated(prefix + CharacterWidth.truncated(title, toWidth: room(kept)) + kept, toWidth: width)
    }

    private static let lastLevel = 8

    /// " — due Thu 3 Jun (overdue) · high · weekly · #home" at level 0, less at each level.
    private func details(level: Int) -> String {
        var parts: [String] = []
        if level < 8, !due.isEmpty {
            let date = dueText(level: level)
            parts.append((level < 6 ? "due " : "") + date + (overdue && level < 3 ? " (overdue)" : ""))
        }
        if level < 7, let priority, !priority.isEmpty { parts.append(priority) }
        if level < 2, let recurrence, !recurrence.isEmpty { parts.append(recurrence) }
        if level < 1, !tags.isEmpty { parts.append(tags.map { "#" + $0 }.joined(separator: " ")) }
        return parts.isEmpty ? "" : " — " + parts.joined(separator: " · ")
    }

    /// The whole date below level 4, then without its weekday, then from level 5 the day and
    /// month alone, with the year as "'27" when it is not this one ("3 Jun'27").
    private func dueText(level: Int) -> String {
        guard level >= 4, due.count >= 3 else { return due.joined(separator: " ") }
        let rest = due.dropFirst()
        if level == 4 { return rest.joined(separator: " ") }
        let year = rest.dropFirst(2).first { $0.count == 4 && !$0.contains(":") }
        return rest.prefix(2).joined(separator: " ") + (year.map { "'" + $0.suffix(2) } ?? "")
    }
}
