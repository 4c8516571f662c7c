/// A length of time as people say it ("a week", "two days", "a fortnight", "3 months"),
/// read by the same grammar as due dates, for moving a date that already exists.
///
/// "Postpone the rent by a week" moves the rent's own due date, not today's: the offline
/// engine reads the span here and adds it to the date the task has, so "a couple of weeks"
/// means the same to a shift as to "in a couple of weeks".
public struct DueSpan: Hashable, Sendable {
    /// Whole days, weeks counted as seven.
    public let days: Int
    /// Calendar months, years counted as twelve.
    public let months: Int

    /// The span when all of `text` is one ("a week", "2 days"); `nil` for anything else,
    /// including dates ("friday") and spans with a time of day.
    public init?(_ text: String) {
        guard let expression = DueGrammar.expression("in " + text),
              case .spoken(let day?, nil) = expression.form
        else { return nil }
        switch day {
        case .daysAhead(let count): (days, months) = (count, 0)
        case .weeksAhead(let count): (days, months) = (7 * count, 0)
        case .monthsAhead(let count): (days, months) = (0, count)
        case .yearsAhead(let count): (days, months) = (0, 12 * count)
        default: return nil
        }
    }

    /// `date` moved later by this span, or earlier when `earlier`; a month's missing day
    /// becomes its last day (31 January plus a month is 28 or 29 February).
    public func moving(_ date: LocalDate, earlier: Bool = false) -> LocalDate {
        let sign = earlier ? -1 : 1
        return date.adding(months: sign * months).adding(days: sign * days)
    }
}
