import Foundation
import Persistence

/// One task as a line of todo.txt (<https://github.com/todotxt/todo.txt>):
/// `x 2026-11-28 2026-11-20 (A) Call mom +family @phone due:2026-12-04 rec:1w`.
///
/// Priority is `(A)` high, `(B)` medium, `(C)` low, and `pri:A` on a completed task (the
/// format keeps no priority on a done line); `+project` and `@context` are both tags, written
/// back as `+tag`; `due:` takes a date or an ISO date-time; `rec:` is Simpletask's recurrence.
/// A title word of another `key:value` shape stays in the title.
enum TodoTxtLine {
    static func text(of task: TodoTask, in zone: TimeZone) -> String {
        var words: [String] = []
        if task.completed {
            words.append("x")
            if let completedAt = task.completedAt { words.append(LocalDate(containing: completedAt, in: zone).description) }
        } else if let priority = task.priority {
            words.append("(\(letter(priority)))")
        }
        words.append(LocalDate(containing: task.createdAt, in: zone).description)
        words.append(task.title)
        words += task.tags.map { "+\($0)" }
        if let due = task.due { words.append("due:\(due.normalized)") }
        if let recurrence = task.recurrence { words.append("rec:\(RecurrenceCode.todoTxt(recurrence))") }
        if task.completed, let priority = task.priority { words.append("pri:\(letter(priority))") }
        return words.joined(separator: " ")
    }

    /// The task a line holds; nil for a blank line.
    static func task(from line: String, clock: TaskClock) throws(ImportProblem) -> ImportedTask? {
        var words = line.split(whereSeparator: \.isWhitespace).map(String.init)[...]
        guard !words.isEmpty else { return nil }
        var imported = ImportedTask(TaskDraft(title: ""))
        if words.first == "x" {
            imported.completed = true
            words.removeFirst()
            if let day = words.first.flatMap(LocalDate.init) {
                imported.completedAt = day.startOfDay(in: clock.timeZone)
                words.removeFirst()
            }
        } else if let first = words.first, let priority = priority(inParentheses: first) {
            imported.draft.priority = priority
            words.removeFirst()
        }
        if let day = words.first.flatMap(LocalDate.init) {
            imported.createdAt = day.startOfDay(in: clock.timeZone)
            words.removeFirst()
        }
        var title: [String] = []
        for word in words {
            if let tag = tag(word) {
                imported.draft.tags.append(tag)
            } else if let value = word.value(of: "due") {
                do { imported.draft.due = try Due.parse(value, clock: clock) } catch {
                    throw ImportProblem("due:\(value) is not a date")
                }
            } else if let value = word.value(of: "rec") {
                guard let recurrence = RecurrenceCode.parse(value) else {
                    throw ImportProblem("rec:\(value) is not a repeat chattui knows (days, weeks or one month)")
                }
                imported.draft.recurrence = recurrence
            } else if let value = word.value(of: "pri"), let priority = priority(letter: value) {
                imported.draft.priority = priority
            } else {
                title.append(word)
            }
        }
        guard !title.isEmpty else { throw ImportProblem("the line has no title") }
        imported.draft.title = title.joined(separator: " ")
        return imported
    }

    private static func letter(_ priority: Priority) -> String {
        switch priority {
        case .high: "A"
        case .medium: "B"
        case .low: "C"
        }
    }

    /// `(A)` is high, `(B)` medium, `(C)` to `(Z)` low.
    private static func priority(inParentheses word: String) -> Priority? {
        guard word.count == 3, word.first == "(", word.last == ")" else { return nil }
        return priority(letter: String(word.dropFirst().dropLast()))
    }

    private static func priority(letter: String) -> Priority? {
        guard letter.count == 1, let scalar = letter.unicodeScalars.first, ("A"..."Z").contains(scalar) else { return nil }
        switch scalar {
        case "A": return .high
        case "B": return .medium
        default: return .low
        }
    }

    private static func tag(_ word: String) -> String? {
        guard word.count > 1, word.first == "+" || word.first == "@" else { return nil }
        return ForeignTag.spelling(String(word.dropFirst()))
    }
}

private extension String {
    /// "value" for "key:value".
    func value(of key: String) -> String? {
        guard hasPrefix(key + ":"), count > key.count + 1 else { return nil }
        return String(dropFirst(key.count + 1))
    }
}
