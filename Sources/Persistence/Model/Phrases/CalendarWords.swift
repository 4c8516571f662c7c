/// English names of weekdays and months, full and short, as the date grammar reads them.
public enum CalendarWords {
    /// Monday first, as weeks run here.
    public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    public static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
    private static let shortWeekdays = [
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "weds": 3, "thu": 4, "thur": 4, "thurs": 4,
        "fri": 5, "sat": 6, "sun": 7,
    ]
    private static let shortMonths = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// 1 for Monday through 7 for Sunday, from a full or short name in any case.
    public static func isoWeekday(_ word: some StringProtocol) -> Int? {
        let key = word.lowercased()
        return weekdayNames.firstIndex(of: key).map { $0 + 1 } ?? shortWeekdays[key]
    }

    /// 1 for January through 12 for December, from a full or short name in any case.
    public static func month(_ word: some StringProtocol) -> Int? {
        let key = word.lowercased()
        return monthNames.firstIndex(of: key).map { $0 + 1 } ?? shortMonths[key]
    }

    /// "sat", "sun" and "wed" are also everyday words, so alone they only count where a
    /// phrase clearly ends.
    static func isShortWeekday(_ word: String) -> Bool {
        shortWeekdays[word] != nil
    }

    /// The month's full name with a capital, for replies: "April".
    public static func displayName(ofMonth month: Int) -> String {
        guard (1...12).contains(month) else { return "month \(month)" }
        let name = monthNames[month - 1]
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// How many days `month` has in `year`; with no year, the most it ever has (29 for February).
    static func days(inMonth month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}
