import AgentCore
import Foundation
import Persistence

/// One task in Taskwarrior's JSON (`task export`, `task import`): times in UTC as
/// `20261204T170000Z`, `status` pending/waiting/completed/deleted/recurring, priority `H`/`M`/`L`.
///
/// A chattui description is one annotation and annotations come back as the description; a
/// project becomes a tag ("Home.Garden" → `home-garden`). A due date without a time is local
/// midnight, as `task add due:2026-12-04` makes it, and midnight reads back as a date.
enum TaskwarriorTask {
    static let timeFormat = Date.ISO8601FormatStyle(dateSeparator: .omitted, timeSeparator: .omitted)

    static func json(of task: TodoTask, in zone: TimeZone) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("uuid", .string(uuid(of: task))),
            ("description", .string(task.title)),
            ("entry", time(task.createdAt)),
            ("modified", time(task.updatedAt)),
            ("status", .string(task.completed ? "completed" : "pending")),
        ]
        if task.completed, let completedAt = task.completedAt { members.append(("end", time(completedAt))) }
        switch task.due {
        case .day(let date)?: members.append(("due", time(date.startOfDay(in: zone))))
        case .instant(let date, _)?: members.append(("due", time(date)))
        case nil: break
        }
        if let priority = task.priority { members.append(("priority", .string(letter(priority)))) }
        if !task.tags.isEmpty { members.append(("tags", .array(task.tags.map(JSONValue.string)))) }
        if let recurrence = task.recurrence { members.append(("recur", .string(RecurrenceCode.taskwarrior(recurrence)))) }
        if let description = task.description {
            members.append(("annotations", .array([.object([("entry", time(task.updatedAt)), ("description", .string(description))])])))
        }
        return .object(members)
    }

    /// The task an entry holds; nil for one chattui leaves out (deleted, or the template of
    /// a recurring task whose pending instance is in the file too).
    static func task(from entry: JSONValue, instanceParents: Set<String>, clock: TaskClock) throws(ImportProblem) -> ImportedTask? {
        guard case .object = entry else { throw ImportProblem("not a JSON object") }
        let status = entry["status"]?.stringValue ?? "pending"
        switch status {
        case "deleted": return nil
        case "recurring" where entry["uuid"]?.stringValue.map(instanceParents.contains) == true: return nil
        case "pending", "waiting", "completed", "recurring": break
        default: throw ImportProblem("unknown status \"\(status)\"")
        }
        guard let title = entry["description"]?.stringValue else { throw ImportProblem("no description") }
        var draft = TaskDraft(title: title)
        let notes = entry["annotations"]?.arrayValue?.compactMap { $0["description"]?.stringValue } ?? []
        draft.description = notes.isEmpty ? nil : notes.joined(separator: "\n")
        if let code = entry["priority"]?.stringValue {
            guard let priority = priority(code) else { throw ImportProblem("priority \"\(code)\" is not H, M or L") }
            draft.priority = priority
        }
        let names = (entry["tags"]?.arrayValue?.compactMap(\.stringValue) ?? []) + [entry["project"]?.stringValue].compactMap { $0 }
        draft.tags = names.compactMap(ForeignTag.spelling)
        if let code = entry["recur"]?.stringValue {
            guard let recurrence = RecurrenceCode.parse(code) else {
                throw ImportProblem("recur \"\(code)\" is not a repeat chattui knows (days, weeks or one month)")
            }
            draft.recurrence = recurrence
        }
        if let due = try time(entry, "due") { draft.due = Self.due(due, in: clock.timeZone) }
        return ImportedTask(draft, completed: status == "completed", createdAt: try time(entry, "entry"),
                            completedAt: try time(entry, "end"))
    }

    private static func due(_ date: Date, in zone: TimeZone) -> Due {
        let day = LocalDate(containing: date, in: zone)
        return day.startOfDay(in: zone) == date ? .day(day) : .instant(date, utcOffsetSeconds: zone.secondsFromGMT(for: date))
    }

    private static func time(_ date: Date) -> JSONValue {
        .string(date.formatted(timeFormat))
    }

    private static func time(_ entry: JSONValue, _ key: String) throws(ImportProblem) -> Date? {
        guard let text = entry[key]?.stringValue else { return nil }
        do {
            return try timeFormat.parse(text)
        } catch {
            throw ImportProblem("\(key) \"\(text)\" is not a Taskwarrior time like 20261204T170000Z")
        }
    }

    private static func letter(_ priority: Priority) -> String {
        switch priority {
        case .high: "H"
        case .medium: "M"
        case .low: "L"
        }
    }

    private static func priority(_ code: String) -> Priority? {
        switch code.uppercased() {
        case "H", "HIGH": .high
        case "M", "MEDIUM": .medium
        case "L", "LOW": .low
        default: nil
        }
    }

    /// The same UUID for the same task on every export, so Taskwarrior updates the tasks it
    /// already has instead of adding them again: a version-8 (custom) UUID made of the
    /// creation time in milliseconds and the task's id.
    static func uuid(of task: TodoTask) -> String {
        let millis = UInt64(max(0, task.createdAt.timeIntervalSince1970 * 1000))
        let id = UInt64(max(0, task.id))
        var bytes = (0..<6).map { UInt8(truncatingIfNeeded: millis >> (8 * (5 - $0))) }
        bytes += [0x80, 0x00, 0x80, 0x00]
        bytes += (0..<6).map { UInt8(truncatingIfNeeded: id >> (8 * (5 - $0))) }
        let hex = bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        return [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4),
                hex.dropFirst(20)].joined(separator: "-")
    }
}
