import Foundation

/// A calendar date with no time and no zone: what "due Friday" means.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil for dates the Gregorian calendar does not have, such as February 30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let components = DateComponents(year: year, month: month, day: 1)
        guard let first = Self.utc.date(from: components),
              let days = Self.utc.range(of: .day, in: .month, for: first),
              days.contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date a wall clock in `zone` shows at `date`.
    public init(containing date: Date, in zone: TimeZone) {
        var calendar = Self.utc
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year ?? 1970
        self.month = parts.month ?? 1
        self.day = parts.day ?? 1
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public func adding(days: Int) -> LocalDate {
        moved(by: DateComponents(day: days))
    }

    /// Adds calendar months; a day the target month lacks becomes its last day.
    public func adding(months: Int) -> LocalDate {
        moved(by: DateComponents(month: months))
    }

    /// 1 for Monday through 7 for Sunday.
    public var isoWeekday: Int {
        let sundayFirst = Self.utc.component(.weekday, from: utcMidnight)
        return (sundayFirst + 5) % 7 + 1
    }

    /// The first date after this one that falls on `weekday` (1 Monday … 7 Sunday),
    /// so asking on a Friday for Friday gives the Friday a week later.
    public func next(isoWeekday weekday: Int) -> LocalDate {
        let ahead = (weekday - isoWeekday + 7) % 7
        return adding(days: ahead == 0 ? 7 : ahead)
    }

    /// The first instant of this date in `zone`.
    public func startOfDay(in zone: TimeZone) -> Date {
        var calendar = Self.utc
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day)
        return calendar.date(from: components).map(calendar.startOfDay) ?? utcMidnight
    }

    /// 00:00 UTC of this date: how an all-day due date is stored for sorting, so that
    /// its day does not shift when the local time zone changes.
    var utcMidnight: Date {
        Self.utc.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    private func moved(by components: DateComponents) -> LocalDate {
        guard let date = Self.utc.date(byAdding: components, to: utcMidnight) else { return self }
        return LocalDate(containing: date, in: Self.utcZone)
    }

    private static let utcZone = TimeZone(secondsFromGMT: 0) ?? TimeZone.current
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utcZone
        return calendar
    }()
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
