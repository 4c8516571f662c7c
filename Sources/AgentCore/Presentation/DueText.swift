/// Shows a task's `due` as "Fri 14 Mar", or "Fri 14 Mar 09:30" for a date-time.
///
/// The tools store a date-time with the user's UTC offset, so the wall-clock time in the text
/// is already local; reading the digits keeps the engine free of clocks and time zones.
public enum DueText {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The year the reader is in, when known: ``short(_:)`` then writes any other year out.
    /// The offline engine sets it for the replies of a step, from the date its prompt gives.
    @TaskLocal public static var currentYear: Int?

    /// The short form, or the text unchanged when it is not an ISO date.
    ///
    /// Read by hand rather than with a Regex: this runs for every listed task, and building
    /// a Regex costs more than the rest of `chattui tasks` together.
    public static func short(_ due: String) -> String {
        short(due, currentYear: currentYear)
    }

    /// As ``short(_:)``, with the year after the month when it is not `currentYear`
    /// ("Thu 3 Jun 2027 17:00"), so a date a year away cannot pass for one this year.
    public static func short(_ due: String, currentYear: Int?) -> String {
        let characters = Array(due.utf8)
        guard characters.count >= 10, characters[4] == UInt8(ascii: "-"), characters[7] == UInt8(ascii: "-"),
            let year = number(characters[0..<4]), let month = number(characters[5..<7]),
            let day = number(characters[8..<10]), year >= 1, (1...12).contains(month), (1...31).contains(day)
        else { return due }
        var text = "\(weekdays[weekday(year: year, month: month, day: day)]) \(day) \(months[month - 1])"
        if let currentYear, year != currentYear { text += " \(year)" }
        if characters.count >= 16, [UInt8(ascii: "T"), UInt8(ascii: " ")].contains(characters[10]),
            characters[13] == UInt8(ascii: ":"), number(characters[11..<13]) != nil, number(characters[14..<16]) != nil
        {
            text += " " + String(decoding: characters[11..<16], as: UTF8.self)
        } else if characters.count != 10 {
            return due
        }
        return text
    }

    /// The value of a run of ASCII digits, nil if any is not a digit.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// Sakamoto's method: 0 is Sunday, for any Gregorian date.
    private static func weekday(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }
}
