import Foundation

/// A due date as a person said it ("3 June at 5pm", "friday", "in a fortnight"), read by
/// ``DueGrammar`` but not yet placed on the calendar: that needs a clock.
///
/// The offline engine lifts these out of titles without a clock and hands the tools
/// ``phrase``; the tools resolve it with theirs, so both read the words the same way.
public struct DueExpression: Hashable, Sendable {
    enum Form: Hashable, Sendable {
        case spoken(day: DayReference?, time: TimeOfDay?)
        /// An ISO 8601 date-time with its own offset, kept as written.
        case written(String)
    }

    let form: Form

    init(day: DayReference?, time: TimeOfDay?) {
        form = .spoken(day: day, time: time)
    }

    init(written text: String) {
        form = .written(text)
    }

    /// A phrase the grammar reads back to this same expression: "june 3 at 17:00",
    /// "this friday", "in 14 days", "at 09:00".
    public var phrase: String {
        switch form {
        case .written(let text):
            return text
        case .spoken(let day, let time):
            let at = time.map { "at " + $0.text }
            return [day?.phrase, at].compactMap(\.self).joined(separator: " ")
        }
    }

    /// The day of this expression at the time of `other`, when this one names a day without
    /// a time and `other` a time without a day: "tmrw pick up the kids at 4pm".
    public func at(timeOf other: DueExpression) -> DueExpression? {
        guard case .spoken(let day?, nil) = form, case .spoken(nil, let time?) = other.form else { return nil }
        return DueExpression(day: day, time: time)
    }

    /// The day of this expression without its time ("friday" of "friday at 3pm"), or `nil`
    /// when it names no day: "friday 3pm", then "sorry, 4pm", keeps the Friday.
    public var dayAlone: DueExpression? {
        guard case .spoken(let day?, _) = form else { return nil }
        return DueExpression(day: day, time: nil)
    }

    /// Whether the day is before today whatever the clock says ("yesterday"): a date to list
    /// by, never one a new task is due on.
    public var isPast: Bool {
        guard case .spoken(.yesterday?, _) = form else { return false }
        return true
    }

    /// The day before this one, for "what's due before saturday": known without a clock only
    /// for a day named by its weekday or "tomorrow", else `nil`. The day before the first
    /// Saturday after today is "this friday", which is today on a Friday.
    public var dayBefore: DueExpression? {
        switch form {
        case .spoken(.weekday(let day)?, nil): DueExpression(day: .thisWeekday(day == 1 ? 7 : day - 1), time: nil)
        case .spoken(.tomorrow?, nil): DueExpression(day: .today, time: nil)
        // "before the weekend": by the Friday.
        case .spoken(.thisWeekend?, nil): DueExpression(day: .thisWeekday(5), time: nil)
        default: nil
        }
    }

    /// Why no calendar has this date ("April has 30 days"), or `nil` if one does.
    public var impossibility: String? {
        guard case .spoken(let day?, _) = form else { return nil }
        return day.impossibility
    }

    /// The date, or the date-time in the clock's zone with that zone's offset then.
    ///
    /// A time with no day is the next such moment: today if it is still ahead, else
    /// tomorrow.
    public func resolve(clock: TaskClock) throws -> Due {
        switch form {
        case .written(let text):
            guard let due = Due.parseISO(text, timeZone: clock.timeZone) else { throw TaskInputError.invalidDate(text) }
            return due
        case .spoken(let day, let time):
            if let reason = impossibility { throw TaskInputError.impossibleDate(phrase, reason: reason) }
            guard let date = (day ?? .today).date(today: clock.today) else { throw TaskInputError.invalidDate(phrase) }
            guard let time else { return .day(date) }
            let instant = Self.instant(date, time, in: clock.timeZone)
            if day == nil, instant < clock.now {
                return Self.due(at: Self.instant(date.adding(days: 1), time, in: clock.timeZone), in: clock.timeZone)
            }
            return Self.due(at: instant, in: clock.timeZone)
        }
    }

    /// A time said alone, placed on the day `current` falls on; `nil` when this names a day.
    public func resolve(clock: TaskClock, onDayOf current: Due) throws -> Due? {
        guard case .spoken(nil, let time?) = form else { return nil }
        if let reason = impossibility { throw TaskInputError.impossibleDate(phrase, reason: reason) }
        let date = current.localDate(in: clock.timeZone)
        return Self.due(at: Self.instant(date, time, in: clock.timeZone), in: clock.timeZone)
    }

    private static func instant(_ date: LocalDate, _ time: TimeOfDay, in zone: TimeZone) -> Date {
        if time == .midnight, let nextDay = TimeOfDay(hour: 0, minute: 0) {
            return instant(date.adding(days: 1), nextDay, in: zone)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute)
        return calendar.date(from: parts) ?? date.startOfDay(in: zone)
    }

    private static func due(at instant: Date, in zone: TimeZone) -> Due {
        .instant(instant, utcOffsetSeconds: zone.secondsFromGMT(for: instant))
    }
}
