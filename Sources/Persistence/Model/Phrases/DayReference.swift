/// The day part of a due phrase, before a clock turns it into a calendar date.
///
/// Weeks run Monday to Sunday. Each case says how it is written back in ``phrase``, which
/// the grammar reads to the same value, so the engine can hand the tools a phrase and both
/// sides agree on the date.
enum DayReference: Hashable, Sendable {
    case today
    case tomorrow
    /// "yesterday": for `due_before` ("what is overdue" is due by yesterday); the offline
    /// engine never lifts it out of a title, where it says when something was done.
    case yesterday
    case daysAhead(Int)
    case weeksAhead(Int)
    case monthsAhead(Int)
    case yearsAhead(Int)
    /// "friday", "next friday": the first such day after today.
    case weekday(Int)
    /// "this friday": today if it is Friday, else the next one.
    case thisWeekday(Int)
    /// "friday next week": that day in the week after this one.
    case weekdayOfNextWeek(Int)
    /// "a week on friday", "friday week": a week after the first such day after today.
    case weekOnWeekday(Int)
    /// "a fortnight on tuesday", "tuesday fortnight": two weeks after the first such day.
    case fortnightOnWeekday(Int)
    /// "this weekend": Saturday of this week, or today on a Sunday.
    case thisWeekend
    case nextWeekend
    /// "next week": its Monday.
    case nextWeek
    /// "the week after next": its Monday.
    case weekAfterNext
    /// "end of the week", "this week": its Sunday.
    case endOfWeek
    case endOfNextWeek
    /// "next month": its first day.
    case nextMonth
    case endOfMonth
    case endOfNextMonth
    /// "the 2nd of next month": a day from 1 to 28, which every month has.
    case dayOfNextMonth(Int)
    /// "3 June", "June 3rd 2027": with no year, the next such date on or after today.
    case calendar(month: Int, day: Int, year: Int?)
    /// "the 3rd": the next 3rd of a month on or after today.
    case dayOfMonth(Int)
    /// "the day before the 9th", "the night before friday": the day before the one named.
    indirect case dayBefore(DayReference)

    var phrase: String {
        switch self {
        case .today: "today"
        case .tomorrow: "tomorrow"
        case .yesterday: "yesterday"
        case .daysAhead(let count): "in \(count) days"
        case .weeksAhead(let count): "in \(count) " + (count == 1 ? "week" : "weeks")
        case .monthsAhead(let count): "in \(count) " + (count == 1 ? "month" : "months")
        case .yearsAhead(let count): "in \(count) " + (count == 1 ? "year" : "years")
        case .weekday(let day): CalendarWords.weekdayNames[day - 1]
        case .thisWeekday(let day): "this " + CalendarWords.weekdayNames[day - 1]
        case .weekdayOfNextWeek(let day): CalendarWords.weekdayNames[day - 1] + " next week"
        case .weekOnWeekday(let day): "a week on " + CalendarWords.weekdayNames[day - 1]
        case .fortnightOnWeekday(let day): "a fortnight on " + CalendarWords.weekdayNames[day - 1]
        case .thisWeekend: "this weekend"
        case .nextWeekend: "next weekend"
        case .nextWeek: "next week"
        case .weekAfterNext: "the week after next"
        case .endOfWeek: "end of week"
        case .endOfNextWeek: "end of next week"
        case .nextMonth: "next month"
        case .endOfMonth: "end of month"
        case .endOfNextMonth: "end of next month"
        case .dayOfNextMonth(let day): "the \(day)" + Self.ordinalSuffix(day) + " of next month"
        case .calendar(let month, let day, let year?):
            LocalDate(year: year, month: month, day: day)?.description
                ?? CalendarWords.monthNames[month - 1] + " \(day) \(year)"
        case .calendar(let month, let day, nil):
            CalendarWords.monthNames[month - 1] + " \(day)"
        case .dayOfMonth(let day): "the \(day)" + Self.ordinalSuffix(day)
        case .dayBefore(let day): "the day before " + day.phrase
        }
    }

    /// Why the date cannot exist ("April has 30 days"), or `nil` when it can.
    var impossibility: String? {
        if case .dayBefore(let day) = self { return day.impossibility }
        guard case .calendar(let month, let day, let year) = self,
              day > CalendarWords.days(inMonth: month, year: year)
        else { return nil }
        let name = CalendarWords.displayName(ofMonth: month)
        if month == 2, let year {
            return "\(name) \(year) has \(CalendarWords.days(inMonth: 2, year: year)) days"
        }
        if month == 2 { return "\(name) has 28 days, 29 in a leap year" }
        return "\(name) has \(CalendarWords.days(inMonth: month, year: nil)) days"
    }

    private static func ordinalSuffix(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}
