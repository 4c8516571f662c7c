import Foundation

/// When a task is due: a whole local day, or a moment with the offset it was given in.
///
/// Times are kept to the second.
public enum Due: Hashable, Sendable {
    case day(LocalDate)
    case instant(Date, utcOffsetSeconds: Int)

    /// Reads an ISO 8601 date or date-time, or a phrase of ``DueGrammar`` such as
    /// "tomorrow at 5pm", "friday", "3 June", "in a fortnight" or "end of the month",
    /// relative to `clock`.
    ///
    /// A date-time without an offset is local time in the clock's zone. A date no calendar
    /// has ("31 April") throws ``TaskInputError/impossibleDate(_:reason:)`` saying why.
    public static func parse(_ text: String, clock: TaskClock) throws -> Due {
        if let due = parseISO(text.trimmingCharacters(in: .whitespaces), timeZone: clock.timeZone) {
            return due
        }
        guard let expression = DueGrammar.expression(text) else { throw TaskInputError.invalidDate(text) }
        if let reason = expression.impossibility { throw TaskInputError.impossibleDate(text, reason: reason) }
        return try expression.resolve(clock: clock)
    }

    /// The text tools echo and the database keeps: `YYYY-MM-DD`, or
    /// `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`.
    public var normalized: String {
        switch self {
        case .day(let date):
            return date.description
        case .instant(let date, let offset):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: offset) ?? calendar.timeZone
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let stamp = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d",
                c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
            return stamp + Self.offsetText(offset)
        }
    }

    /// An all-day date before today, or a moment already past.
    public func isOverdue(clock: TaskClock) -> Bool {
        switch self {
        case .day(let date): date < clock.today
        case .instant(let date, _): date < clock.now
        }
    }

    /// Due on today's local date and not yet overdue, so the two counts never overlap.
    public func isDueToday(clock: TaskClock) -> Bool {
        switch self {
        case .day(let date):
            return date == clock.today
        case .instant(let date, _):
            return date >= clock.now && LocalDate(containing: date, in: clock.timeZone) == clock.today
        }
    }

    /// The instant stored in `due_at` for sorting and filtering.
    var sortInstant: Date {
        switch self {
        case .day(let date): date.utcMidnight
        case .instant(let date, _): date
        }
    }

    private static func offsetText(_ offset: Int) -> String {
        guard offset != 0 else { return "Z" }
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return sign + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
