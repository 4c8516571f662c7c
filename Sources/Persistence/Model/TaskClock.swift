import Foundation

/// "Now" and the local time zone, injected so that dates and tests are deterministic.
///
/// `now` is read afresh on each access unless the clock is fixed, so a long-running
/// session keeps up with the wall clock.
public struct TaskClock: Sendable {
    public let timeZone: TimeZone
    /// Gregorian, weeks starting on Monday, in `timeZone`.
    public let calendar: Calendar
    private let currentDate: @Sendable () -> Date

    public init(timeZone: TimeZone, now: @escaping @Sendable () -> Date = { Date() }) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.firstWeekday = 2
        self.calendar = calendar
        self.currentDate = now
    }

    /// A clock stopped at `date`.
    public static func fixed(_ date: Date, timeZone: TimeZone) -> TaskClock {
        TaskClock(timeZone: timeZone, now: { date })
    }

    public var now: Date { currentDate() }

    /// The local calendar date of `now`.
    public var today: LocalDate { LocalDate(containing: now, in: timeZone) }

    /// Honours `TZ` (an Olson name such as `Europe/Paris`, with or without a leading
    /// `:`) and `CHATTUI_NOW`, an ISO 8601 date-time that stops the clock for tests;
    /// without an offset it is read as local time in that zone.
    ///
    /// A `TZ` this system does not know means UTC, as it does to the C library (`date`,
    /// `ls`); ``unknownZone(in:)`` names it so the front end can say so.
    public static func fromEnvironment(_ environment: [String: String]) throws -> TaskClock {
        var zone = TimeZone.current
        if let identifier = zoneName(in: environment) {
            zone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0) ?? zone
        }
        guard let text = environment["CHATTUI_NOW"], !text.isEmpty else {
            return TaskClock(timeZone: zone)
        }
        guard case .instant(let date, _)? = Due.parseISO(text, timeZone: zone) else {
            throw TaskClockError.invalidNow(text)
        }
        return .fixed(date, timeZone: zone)
    }

    /// `TZ` as given, when it names no zone this system knows (UTC is used instead).
    public static func unknownZone(in environment: [String: String]) -> String? {
        guard let identifier = zoneName(in: environment), TimeZone(identifier: identifier) == nil else { return nil }
        return environment["TZ"]
    }

    private static func zoneName(in environment: [String: String]) -> String? {
        guard let name = environment["TZ"], !name.isEmpty else { return nil }
        return name.hasPrefix(":") ? String(name.dropFirst()) : name
    }
}

/// A clock setting in the environment that cannot be used.
public enum TaskClockError: Error, Equatable, CustomStringConvertible {
    case invalidNow(String)

    public var description: String {
        switch self {
        case .invalidNow(let text):
            "CHATTUI_NOW='\(text)' is not an ISO 8601 date-time; use e.g. 2025-03-14T09:30:00Z"
        }
    }
}
