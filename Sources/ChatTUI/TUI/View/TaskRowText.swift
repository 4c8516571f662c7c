import AgentCore
import Persistence

/// One review row's text, fitted to the cells it has: the whole CLI-shaped line when it
/// fits, otherwise the details that matter least give way first, as htop and taskwarrior-tui
/// shrink their columns, so a narrow terminal still shows the id, the title, the due date and
/// the priority.
///
/// The order of giving way: the tags, the recurrence, the "(overdue)" words (the row's `!`
/// still says it), the weekday and the time, until the title keeps `comfortableTitle(width:)`
/// cells; then, only while the title would keep fewer than `legibleTitle`, the word "due",
/// the priority and the date. The title is cut with "…" on a character boundary, never
/// inside a wide character.
struct TaskRowText {
    /// The cells a title keeps before a detail gives way: a third of the row, so a long title
    /// is not cut to a word for the sake of its tags, and never under 10.
    static func comfortableTitle(width: Int) -> Int {
        max(10, width / 3)
    }

    /// The date and the priority matter more than a comfortable title: they give way only
    /// when the title would be shorter than this, below which it stops saying what the task is.
    static let legibleTitle = 8

    /// What a row has given up, in the order it gives things up: each case drops its detail
    /// and every one before it.
    enum Shed: Int, CaseIterable, Comparable {
        case nothing, tags, recurrence, overdueWords, weekday, time, dueWord, priority, date

        static func < (lhs: Shed, rhs: Shed) -> Bool { lhs.rawValue < rhs.rawValue }
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
        let shed = Shed.allCases.first { shed in
            let wanted = shed < .dueWord ? Self.comfortableTitle(width: width) : Self.legibleTitle
            return room(details(shedding: shed)) >= min(titleWidth, wanted)
        }
        let kept = details(shedding: shed ?? .date)
        return CharacterWidth.truncated(prefix + CharacterWidth.truncated(title, toWidth: room(kept)) + kept, toWidth: width)
    }

    /// " — due Thu 3 Jun (overdue) · high · weekly · #home" with nothing shed, less after.
    private func details(shedding shed: Shed) -> String {
        var parts: [String] = []
        if shed < .date, !due.isEmpty {
            let words = (shed < .dueWord ? "due " : "") + dueText(shedding: shed)
            parts.append(words + (overdue && shed < .overdueWords ? " (overdue)" : ""))
        }
        if shed < .priority, let priority, !priority.isEmpty { parts.append(priority) }
        if shed < .recurrence, let recurrence, !recurrence.isEmpty { parts.append(recurrence) }
        if shed < .tags, !tags.isEmpty { parts.append(tags.map { "#" + $0 }.joined(separator: " ")) }
        return parts.isEmpty ? "" : " — " + parts.joined(separator: " · ")
    }

    /// The whole date, then without its weekday, then the day and month alone, with the year
    /// as "'27" when it is not this one ("3 Jun'27").
    private func dueText(shedding shed: Shed) -> String {
        guard shed >= .weekday, due.count >= 3 else { return due.joined(separator: " ") }
        let rest = due.dropFirst()
        if shed < .time { return rest.joined(separator: " ") }
        let year = rest.dropFirst(2).first { $0.count == 4 && !$0.contains(":") }
        return rest.prefix(2).joined(separator: " ") + (year.map { "'" + $0.suffix(2) } ?? "")
    }
}
