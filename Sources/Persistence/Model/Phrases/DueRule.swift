/// Every rule of the due-date grammar, named so that a test can show each one is reached
/// and a match can say which rules read it.
enum DueRule: String, CaseIterable, Sendable {
    // Days
    case today, tonight, partOfToday, endOfDay, tomorrow, dayAfterTomorrow, yesterday
    case countAhead, countFromNow
    case weekday, shortWeekday, comingWeekday, thisWeekday, weekdayOfNextWeek, weekOnWeekday, weekdayWeek, fortnightOnWeekday
    case weekend, thisWeekend, nextWeekend, nextWeek, weekAfterNext, endOfWeek, endOfNextWeek
    case nextMonth, endOfMonth, endOfNextMonth, dayOfNextMonth
    case dayMonth, monthDay, dayOfMonth, isoDate, isoDateTime, slashDate, dottedDate, holiday, dayBefore
    // Times
    case clockTime, bareHour, oClock, wordedTime, noon, partOfDay, dayPart, moment

    /// How sure a match of this rule alone is to be a date inside other words.
    var strength: DueStrength {
        switch self {
        case .weekday, .weekend: .needsLeadOrEdge
        // "after work" in "after work drinks" names the drinks.
        case .shortWeekday, .dayOfMonth, .moment, .weekdayWeek: .needsEdge
        // "the 24/7 helpline", "split it 50/50": digits with a slash mid-title are rarely a date.
        case .slashDate: .needsLeadOrEdge
        // "till 15.12" is a date where "at 15.12" or "version 2.12" is not.
        case .dottedDate: .needsDateLead
        // "buy christmas presents", "plan christmas", "shopping for christmas" name the
        // holiday; "by christmas eve" dates the task.
        case .holiday: .needsDateLead
        default: .strong
        }
    }
}

/// Where a phrase may be lifted out of a title. "friday" in "the friday meeting" names a
/// meeting; "sat" in "put on sat nav" is not Saturday.
enum DueStrength: Int, Comparable, Sendable {
    /// Only after a lead word that can only lead to a date: "by", "on", "before", "due".
    case needsDateLead
    /// Only at the end of the text, before a pause, or before words such as "and" or "it's".
    case needsEdge = 1
    /// There, or after a lead word such as "on", "by" or "due".
    case needsLeadOrEdge
    /// Anywhere.
    case strong

    static func < (lhs: DueStrength, rhs: DueStrength) -> Bool { lhs.rawValue < rhs.rawValue }
}
