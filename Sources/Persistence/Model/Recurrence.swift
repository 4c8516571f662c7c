import Foundation

/// How a task repeats once completed.
public enum Recurrence: Hashable, Sendable {
    case daily
    case weekly
    case monthly
    /// Every N days, N at least 2 (one day is `daily`, seven is kept as given).
    case everyDays(Int)

    /// `daily`, `weekly`, `monthly` or `every N days`: what tools echo and the database keeps.
    public var normalized: String {
        switch self {
        case .daily: "daily"
        case .weekly: "weekly"
        case .monthly: "monthly"
        case .everyDays(let days): "every \(days) days"
        }
    }

    /// Reads `daily`, `weekly`, `monthly`, `every N days`, `every N weeks`, `every day`,
    /// `every other day`, `every week`, `every month`, `each month` or `every monday`.
    public static func parse(_ text: String) throws -> Recurrence {
        try parse(text, clock: nil).recurrence
    }

    /// Like ``parse(_:)``, also returning the due date a phrase moves the task to:
    /// "every monday" is weekly, due on the next Monday after today, at the time of day
    /// `current` had (as the user's clock shows it) or all day; other phrases return `nil`
    /// and leave the date alone. The review's `r` and `update_task` both ask here, so a
    /// task due on a Thursday set to "every monday" moves to Monday wherever it was typed.
    public static func parse(
        _ text: String, clock: TaskClock, current: Due? = nil
    ) throws -> (recurrence: Recurrence, firstDue: Due?) {
        let parsed = try parse(text, clock: Optional(clock))
        return (parsed.recurrence, parsed.firstDue.map { $0.keepingTimeOfDay(of: current, clock: clock) })
    }

    /// The due date after `due`: a month after January 31 is the last day of February;
    /// a moment keeps its time of day and offset.
    public func next(after due: Due) -> Due {
        switch due {
        case .day(let date):
            switch self {
            case .daily: return .day(date.adding(days: 1))
            case .weekly: return .day(date.adding(days: 7))
            case .monthly: return .day(date.adding(months: 1))
            case .everyDays(let days): return .day(date.adding(days: days))
            }
        case .instant(let date, let offset):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: offset) ?? calendar.timeZone
            let step = switch self {
            case .daily: DateComponents(day: 1)
            case .weekly: DateComponents(day: 7)
            case .monthly: DateComponents(month: 1)
            case .everyDays(let days): DateComponents(day: days)
            }
            return .instant(calendar.date(byAdding: step, to: date) ?? date, utcOffsetSeconds: offset)
        }
    }

    private static func parse(_ text: String, clock: TaskClock?) throws -> (recurrence: Recurrence, firstDue: Due?) {
        let phrase = normalize(text)
        switch phrase {
        case "daily", "every day", "each day", "everyday":
            return (.daily, nil)
        case "weekly", "every week", "each week":
            return (.weekly, nil)
        case "monthly", "every month", "each month":
            return (.monthly, nil)
        case "every other day":
            return (.everyDays(2), nil)
        default:
            break
        }
        let words = phrase.split(separator: " ").map(String.init)
        guard words.count >= 2, ["every", "each"].contains(words[0]) else {
            throw TaskInputError.invalidRecurrence(text)
        }
        if words.count == 2, let weekday = CalendarWords.isoWeekday(words[1]) {
            return (.weekly, clock.map { .day($0.today.next(isoWeekday: weekday)) })
        }
        guard words.count == 3, let count = count(words[1]) else {
            throw TaskInputError.invalidRecurrence(text)
        }
        let days: Int
        switch words[2] {
        case "day", "days": days = count
        case "week", "weeks": days = 7 * count
        default: throw TaskInputError.invalidRecurrence(text)
        }
        return (days == 1 ? .daily : .everyDays(days), nil)
    }

    /// Lower case, single spaces, no final full stop.
    private static func normalize(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if words.hasSuffix(".") { words.removeLast() }
        return words
    }

    /// "a", "an", digits or a number word; counts above ten years of days are refused.
    private static func count(_ word: String) -> Int? {
        if ["a", "an"].contains(word) { return 1 }
        return NumberWords.cardinal(word).flatMap { $0 <= 3650 ? $0 : nil }
    }
}
