import Foundation
import Persistence

/// One task as a line of text: `#3 ☐ Buy groceries — due Fri 14 Mar · high · #work`.
///
/// The CLI, the offline engine's replies and the review screen all print tasks this way.
public struct TaskLine: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var completed: Bool
    public var due: Due?
    public var priority: Priority?
    public var tags: [String]
    public var recurrence: Recurrence?

    public init(
        id: Int64, title: String, completed: Bool, due: Due? = nil, priority: Priority? = nil,
        tags: [String] = [], recurrence: Recurrence? = nil
    ) {
        self.id = id
        self.title = title
        self.completed = completed
        self.due = due
        self.priority = priority
        self.tags = tags
        self.recurrence = recurrence
    }

    public init(_ task: TodoTask) {
        self.init(
            id: task.id, title: task.title, completed: task.completed, due: task.due, priority: task.priority,
            tags: task.tags, recurrence: task.recurrence)
    }

    public func text(clock: TaskClock) -> String {
        var details: [String] = []
        if let due {
            var phrase = "due " + DueText.short(due, clock: clock)
            if !completed && due.isOverdue(clock: clock) { phrase += " (overdue)" }
            details.append(phrase)
        }
        if let recurrence { details.append(recurrence.normalized) }
        if let priority { details.append(priority.rawValue) }
        if !tags.isEmpty { details.append(tags.map { "#" + $0 }.joined(separator: " ")) }
        let head = "#\(id) \(completed ? "☑" : "☐") \(title)"
        return details.isEmpty ? head : head + " — " + details.joined(separator: " · ")
    }
}

/// Due dates as people say them: `Fri 14 Mar`, with the year only when it is not this one,
/// and the local time for a date-time.
public enum DueText {
    private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func short(_ due: Due, clock: TaskClock) -> String {
        switch due {
        case .day(let date):
            return day(date, clock: clock)
        case .instant(let instant, _):
            let date = LocalDate(containing: instant, in: clock.timeZone)
            let time = clock.calendar.dateComponents([.hour, .minute], from: instant)
            return day(date, clock: clock) + String(format: " %02d:%02d", time.hour ?? 0, time.minute ?? 0)
        }
    }

    private static func day(_ date: LocalDate, clock: TaskClock) -> String {
        let text = "\(weekdays[date.isoWeekday - 1]) \(date.day) \(months[date.month - 1])"
        return date.year == clock.today.year ? text : text + " \(date.year)"
    }
}
