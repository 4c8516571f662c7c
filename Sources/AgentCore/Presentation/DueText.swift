/// Shows a task's `due` as "Fri 14 Mar", or "Fri 14 Mar 09:30" for a date-time.
///
/// The tools store a date-time with the user's UTC offset, so the wall-clock time in the text
/// is already local; reading the digits keeps the engine free of clocks and time zones.
public enum DueText {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The short form, or the text unchanged when it is not an ISO date.
    public static func short(_ due: String) -> String {
        guard let match = due.wholeMatch(of: #/(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/#),
              let year = Int(match.output.1), let month = Int(match.output.2), let day = Int(match.output.3),
              year >= 1, (1...12).contains(month), (1...31).contains(day)
        else { return due }
        var text = "\(weekdays[weekday(year: year, month: month, day: day)]) \(day) \(months[month - 1])"
        if let hour = match.output.4, let minute = match.output.5 {
            text += " \(hour):\(minute)"
        }
        return text
    }

    /// Sakamoto's method: 0 is Sunday, for any Gregorian date.
    private static func weekday(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }
}
