import Foundation

extension Due {
    /// Reads `YYYY-MM-DD` or an ISO 8601 date-time (`T` or a space between the parts,
    /// seconds and fraction optional, `Z` or `±HH[:MM]` optional).
    ///
    /// Fractions of a second are dropped so that the normalised text is the whole value.
    static func parseISO(_ text: String, timeZone: TimeZone) -> Due? {
        if let date = LocalDate(text) {
            return .day(date)
        }
        let pattern = /([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]{1,9})?)?(Z|z|[+-][0-9]{2}(?::?[0-9]{2})?)?/
        guard let match = text.wholeMatch(of: pattern),
              let year = Int(match.1), let month = Int(match.2), let day = Int(match.3),
              let date = LocalDate(year: year, month: month, day: day),
              let hour = Int(match.4), hour < 24,
              let minute = Int(match.5), minute < 60
        else { return nil }
        let second = match.6.flatMap { Int($0) } ?? 0
        guard second < 60 else { return nil }

        let zone: TimeZone
        if let designator = match.7 {
            guard let offset = offsetSeconds(String(designator)),
                  let fixed = TimeZone(secondsFromGMT: offset)
            else { return nil }
            zone = fixed
        } else {
            zone = timeZone
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: hour, minute: minute, second: second)
        guard let instant = calendar.date(from: components) else { return nil }
        return .instant(instant, utcOffsetSeconds: zone.secondsFromGMT(for: instant))
    }

    /// `Z`, `±HH`, `±HHMM` or `±HH:MM` in seconds east of UTC.
    private static func offsetSeconds(_ designator: String) -> Int? {
        if designator == "Z" || designator == "z" { return 0 }
        let sign = designator.hasPrefix("-") ? -1 : 1
        let digits = designator.dropFirst().filter(\.isASCIIDigit)
        guard let hours = Int(digits.prefix(2)), hours <= 18 else { return nil }
        let minutes = digits.count == 4 ? Int(digits.suffix(2)) ?? 60 : 0
        guard minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
