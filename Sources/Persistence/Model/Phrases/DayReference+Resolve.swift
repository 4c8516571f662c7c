extension DayReference {
    /// The calendar date this names when today is `today`; `nil` only for an impossible
    /// date, which ``impossibility`` explains.
    func date(today: LocalDate) -> LocalDate? {
        let monday = today.adding(days: 1 - today.isoWeekday)
        switch self {
        case .today: return today
        case .tomorrow: return today.adding(days: 1)
        case .yesterday: return today.adding(days: -1)
        case .daysAhead(let count): return today.adding(days: count)
        case .weeksAhead(let count): return today.adding(days: 7 * count)
        case .monthsAhead(let count): return today.adding(months: count)
        case .yearsAhead(let count): return today.adding(months: 12 * count)
        case .weekday(let day): return today.next(isoWeekday: day)
        case .thisWeekday(let day): return day == today.isoWeekday ? today : today.next(isoWeekday: day)
        case .weekdayOfNextWeek(let day): return monday.adding(days: 6 + day)
        case .weekOnWeekday(let day): return today.next(isoWeekday: day).adding(days: 7)
        case .fortnightOnWeekday(let day): return today.next(isoWeekday: day).adding(days: 14)
        case .thisWeekend: return today.isoWeekday >= 6 ? today : monday.adding(days: 5)
        case .nextWeekend: return monday.adding(days: 12)
        case .nextWeek: return monday.adding(days: 7)
        case .weekAfterNext: return monday.adding(days: 14)
        case .endOfWeek: return monday.adding(days: 6)
        case .endOfNextWeek: return monday.adding(days: 13)
        case .nextMonth: return firstOfMonth(today).adding(months: 1)
        case .endOfMonth: return firstOfMonth(today).adding(months: 1).adding(days: -1)
        case .endOfNextMonth: return firstOfMonth(today).adding(months: 2).adding(days: -1)
        case .dayOfNextMonth(let day): return firstOfMonth(today).adding(months: 1).adding(days: day - 1)
        case .calendar(let month, let day, let year?):
            return LocalDate(year: year, month: month, day: day)
        case .calendar(let month, let day, nil):
            return (0...8).lazy.compactMap { LocalDate(year: today.year + $0, month: month, day: day) }
                .first { $0 >= today }
        case .dayOfMonth(let day):
            return (0...12).lazy.compactMap { offset -> LocalDate? in
                let month = firstOfMonth(today).adding(months: offset)
                return LocalDate(year: month.year, month: month.month, day: day)
            }.first { $0 >= today }
        case .dayBefore(let day):
            return day.date(today: today)?.adding(days: -1)
        }
    }

    private func firstOfMonth(_ date: LocalDate) -> LocalDate {
        LocalDate(year: date.year, month: date.month, day: 1) ?? date
    }
}
