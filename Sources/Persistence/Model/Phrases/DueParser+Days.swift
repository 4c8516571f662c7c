import Foundation

/// The day rules: each reads words from one index and says which day they name.
extension DueParser {
    private static let dayRules: [DueRule] = [
        .today, .tonight, .partOfToday, .endOfDay, .tomorrow, .dayAfterTomorrow, .yesterday, .countAhead, .countFromNow,
        .weekday, .shortWeekday, .comingWeekday, .thisWeekday, .weekdayOfNextWeek, .weekOnWeekday, .weekdayWeek, .fortnightOnWeekday,
        .weekend, .thisWeekend, .nextWeekend, .nextWeek, .weekAfterNext, .endOfWeek, .endOfNextWeek,
        .nextMonth, .endOfMonth, .endOfNextMonth, .dayOfNextMonth, .dayMonth, .monthDay, .dayOfMonth, .isoDate, .slashDate, .dottedDate, .holiday,
        .dayBefore,
    ]
    /// Holidays on the same date every year, by the words people call them.
    private static let holidays: [([String], month: Int, day: Int)] = [
        (["christmas", "eve"], 12, 24), (["xmas", "eve"], 12, 24), (["christmas", "day"], 12, 25), (["christmas"], 12, 25),
        (["xmas"], 12, 25), (["boxing", "day"], 12, 26), (["new", "year's", "eve"], 12, 31), (["new", "years", "eve"], 12, 31),
        (["nye"], 12, 31), (["new", "year's", "day"], 1, 1), (["new", "years", "day"], 1, 1), (["new", "year's"], 1, 1),
        (["new", "year"], 1, 1), (["valentine's", "day"], 2, 14), (["valentines", "day"], 2, 14), (["valentine's"], 2, 14),
        (["valentines"], 2, 14), (["halloween"], 10, 31), (["bonfire", "night"], 11, 5),
        (["st", "patrick's", "day"], 3, 17), (["st", "patricks", "day"], 3, 17),
    ]
    private static let dayPrepositions: Set<String> = ["to", "on", "by", "for", "until", "till", "before", "due", "from"]
    /// What may follow "to 28th" and keep it a day: "the 2nd hand shop" is a place.
    private static let afterBareOrdinal: Set<String> = [
        "of", "at", "by", "then", "and", "please", "pls", "instead", "so", "too", "as", "if", "or", "in", "on", "now", "latest",
    ]
    private static let parts: [String: TimeOfDay] = [
        "morning": .morning, "afternoon": .afternoon, "arvo": .afternoon, "evening": .evening, "night": .night, "tonight": .night,
    ]

    /// The longest day any rule reads at `index`; the first rule wins a tie.
    func longestDay(at index: Int) -> Parsed<DayReference>? {
        guard var best = Self.dayRules.compactMap({ day($0, at: index) }).max(by: { $0.next < $1.next }) else { return nil }
        // "Friday 11th December", "fri the 4th": a weekday said before its date names the date.
        if best.rule == .weekday || best.rule == .shortWeekday,
           let dated = [DueRule.dayMonth, .monthDay, .dayOfMonth].compactMap({ day($0, at: best.next) }).max(by: { $0.next < $1.next }) {
            best = dated
        }
        // "EOD monday", "close of business on tuesday", "friday COB": the end of a named day is that day.
        if best.rule == .endOfDay, let named = longestDay(at: optional("on", at: best.next)), named.rule != .endOfDay {
            best = Parsed(value: named.value, next: named.next, rule: named.rule, time: named.time)
        } else if best.rule != .endOfDay, let end = day(.endOfDay, at: best.next) {
            best.next = end.next
        }
        return best
    }

    /// What `rule` reads at `index`, if anything.
    func day(_ rule: DueRule, at index: Int) -> Parsed<DayReference>? {
        let the = optional("the", at: index)
        switch rule {
        case .today:
            return fixed(["today"], .today, rule, at: index)
        case .tonight:
            guard let word = word(index, after: index), ["tonight", "tonite"].contains(word) else { return nil }
            return Parsed(value: .today, next: index + 1, rule: rule, time: .night)
        case .partOfToday:
            guard word(index, after: index) == "this", let part = word(index + 1, after: index).flatMap({ Self.parts[$0] })
            else { return nil }
            return Parsed(value: .today, next: index + 2, rule: rule, time: part)
        case .endOfDay:
            // "by end of day", "EOD", "close of business": today, with no time of its own.
            return fixed(["eod"], .today, rule, at: index) ?? fixed(["cob"], .today, rule, at: index)
                ?? fixed(["close", "of", "business"], .today, rule, at: the)
                ?? endOf("day", .today, rule, at: the) ?? endOf("play", .today, rule, at: the)
                ?? fixed(["close", "of", "play"], .today, rule, at: the)
        case .tomorrow:
            // "the morn", "the morra": Scots for tomorrow.
            if matches(["the", "morn"], at: index) || matches(["the", "morra"], at: index) {
                return Parsed(value: .tomorrow, next: index + 2, rule: rule)
            }
            guard let word = word(index, after: index), ["tomorrow", "tmrw", "tmr", "tomorow", "2moro", "2morrow", "2mrw", "tmoz", "tomoz"].contains(word) else { return nil }
            return Parsed(value: .tomorrow, next: index + 1, rule: rule)
        case .holiday:
            return Self.holidays.compactMap { words, month, day in
                fixed(words, .calendar(month: month, day: day, year: nil), rule, at: the)
            }.max { $0.next < $1.next }
        case .dayAfterTomorrow:
            return fixed(["day", "after", "tomorrow"], .daysAhead(2), rule, at: the)
        case .yesterday:
            return fixed(["yesterday"], .yesterday, rule, at: index)
        case .countAhead:
            // "in a fortnight", "in the next 10 days", "within the next two weeks".
            guard let lead = word(index, after: index), ["in", "within"].contains(lead) else { return nil }
            let start = matches(["the", "next"], at: index + 1) ? index + 3 : index + 1
            guard lead == "in" || start == index + 3 else { return nil }
            // "in the next fortnight", "within the next week": one of the unit.
            if start == index + 3, let unit = word(start, after: index),
               let one = ["fortnight": DayReference.weeksAhead(2), "week": .weeksAhead(1), "month": .monthsAhead(1)][unit] {
                return Parsed(value: one, next: start + 1, rule: rule)
            }
            guard let span = span(at: start, from: index) else { return nil }
            let next = word(span.next, after: index) == "time" ? span.next + 1 : span.next
            return Parsed(value: span.value, next: next, rule: rule)
        case .countFromNow:
            guard let span = span(at: index, from: index) else { return nil }
            // "three weeks today": British for three weeks from today.
            if word(span.next, after: index) == "today" { return Parsed(value: span.value, next: span.next + 1, rule: rule) }
            guard word(span.next, after: index) == "from",
                  let anchor = word(span.next + 1, after: index), ["now", "today"].contains(anchor)
            else { return nil }
            return Parsed(value: span.value, next: span.next + 2, rule: rule)
        case .weekday, .shortWeekday:
            guard let name = word(index, after: index), let day = CalendarWords.isoWeekday(name),
                  CalendarWords.isShortWeekday(name) == (rule == .shortWeekday)
            else { return nil }
            return Parsed(value: .weekday(day), next: index + 1, rule: rule)
        case .comingWeekday:
            let after: Int
            if matches(["this", "coming"], at: index) || matches(["the", "coming"], at: index) {
                after = index + 2
            } else if let word = word(index, after: index), ["next", "coming"].contains(word) {
                after = index + 1
            } else {
                return nil
            }
            guard let day = weekday(at: after, from: index) else { return nil }
            return Parsed(value: .weekday(day), next: after + 1, rule: rule)
        case .thisWeekday:
            guard word(index, after: index) == "this", let day = weekday(at: index + 1, from: index) else { return nil }
            return Parsed(value: .thisWeekday(day), next: index + 2, rule: rule)
        case .weekdayOfNextWeek:
            if let day = weekday(at: index, from: index), matches(["next", "week"], at: index + 1) {
                return Parsed(value: .weekdayOfNextWeek(day), next: index + 3, rule: rule)
            }
            guard matches(["next", "week"], at: the), let day = weekday(at: the + 2, from: index) else { return nil }
            return Parsed(value: .weekdayOfNextWeek(day), next: the + 3, rule: rule)
        case .weekOnWeekday:
            guard matches(["a", "week", "on"], at: index), let day = weekday(at: index + 3, from: index) else { return nil }
            return Parsed(value: .weekOnWeekday(day), next: index + 4, rule: rule)
        case .weekdayWeek:
            // "friday week": the weekday said whole, then "week".
            guard let name = word(index, after: index), !CalendarWords.isShortWeekday(name), let day = CalendarWords.isoWeekday(name),
                  word(index + 1, after: index) == "week"
            else { return nil }
            return Parsed(value: .weekOnWeekday(day), next: index + 2, rule: rule)
        case .fortnightOnWeekday:
            // "a fortnight tuesday", "a fortnight on tuesday", "tuesday fortnight".
            if matches(["a", "fortnight"], at: index), let day = weekday(at: optional("on", at: index + 2, from: index), from: index) {
                return Parsed(value: .fortnightOnWeekday(day), next: optional("on", at: index + 2, from: index) + 1, rule: rule)
            }
            guard let name = word(index, after: index), !CalendarWords.isShortWeekday(name), let day = CalendarWords.isoWeekday(name),
                  word(index + 1, after: index) == "fortnight"
            else { return nil }
            return Parsed(value: .fortnightOnWeekday(day), next: index + 2, rule: rule)
        case .weekend:
            return fixed(["weekend"], .thisWeekend, rule, at: the)
        case .thisWeekend:
            return fixed(["this", "weekend"], .thisWeekend, rule, at: index)
                ?? fixed(["this", "coming", "weekend"], .thisWeekend, rule, at: index)
        case .nextWeekend:
            return fixed(["next", "weekend"], .nextWeekend, rule, at: index)
        case .nextWeek:
            return fixed(["next", "week"], .nextWeek, rule, at: index)
        case .weekAfterNext:
            return fixed(["week", "after", "next"], .weekAfterNext, rule, at: optional("the", at: index))
        case .endOfWeek:
            // "EOW" is office speak for the end of the working week: this Friday, today on a Friday.
            return fixed(["this", "week"], .endOfWeek, rule, at: index) ?? endOf("week", .endOfWeek, rule, at: the)
                ?? fixed(["eow"], .thisWeekday(5), rule, at: index)
        case .endOfNextWeek:
            return fixed(["end", "of", "next", "week"], .endOfNextWeek, rule, at: the)
        case .nextMonth:
            return fixed(["next", "month"], .nextMonth, rule, at: index)
        case .endOfMonth:
            return fixed(["this", "month"], .endOfMonth, rule, at: index) ?? endOf("month", .endOfMonth, rule, at: the)
                ?? fixed(["month", "end"], .endOfMonth, rule, at: the) ?? fixed(["month-end"], .endOfMonth, rule, at: the)
        case .endOfNextMonth:
            return fixed(["end", "of", "next", "month"], .endOfNextMonth, rule, at: the)
        case .dayOfNextMonth:
            // "the 2nd of next month": days every month has, so the date always exists.
            guard let day = dayNumber(at: the, from: index), (1...28).contains(day.value),
                  matches(["of", "next", "month"], at: day.next)
            else { return nil }
            return Parsed(value: .dayOfNextMonth(day.value), next: day.next + 3, rule: rule)
        case .dayMonth:
            guard let day = dayNumber(at: the, from: index) else { return nil }
            let monthIndex = optional("of", at: day.next, from: index)
            guard let month = word(monthIndex, after: index).flatMap(CalendarWords.month) else { return nil }
            return dated(month: month, day: day.value, yearAt: monthIndex + 1, rule)
        case .monthDay:
            guard let month = word(index, after: index).flatMap(CalendarWords.month),
                  let day = dayNumber(at: optional("the", at: index + 1, from: index), from: index)
            else { return nil }
            return dated(month: month, day: day.value, yearAt: day.next, rule)
        case .dayOfMonth:
            // "until day 10": the day of the month by its number, as Portuguese and Spanish say it.
            if word(index, after: index) == "day", index > 0, Self.dayPrepositions.contains(tokens[index - 1].text),
               let number = word(index + 1, after: index), number.allSatisfy(\.isNumber), let value = Int(number), (1...31).contains(value) {
                return Parsed(value: .dayOfMonth(value), next: index + 2, rule: rule)
            }
            // "to 28th", "by 1st": a numeral ordinal after a date's preposition needs no "the";
            // "2nd hand bike" is no date.
            let bare = index > 0 && Self.dayPrepositions.contains(tokens[index - 1].text)
                && word(index, after: index)?.contains(where: \.isNumber) == true
                && !(word(index + 1, after: index)?.allSatisfy(\.isLetter) == true
                     && !Self.afterBareOrdinal.contains(word(index + 1, after: index) ?? ""))
            guard the > index || bare, word(the, after: index) != nil,
                  let day = NumberWords.ordinal(in: tokens, at: the), (1...31).contains(day.value)
            else { return nil }
            // "the first and second class tickets": an ordinal in words mid-sentence is a date
            // only after a date's preposition.
            let spelled = !(word(the, after: index)?.contains(where: \.isNumber) ?? false)
            let afterPreposition = index > 0 && Self.dayPrepositions.contains(tokens[index - 1].text)
            guard !spelled || afterPreposition || day.next == tokens.count || tokens[day.next - 1].pauseAfter else { return nil }
            return Parsed(value: .dayOfMonth(day.value), next: day.next, rule: rule)
        case .isoDate:
            guard let date = isoDate(at: index) else { return nil }
            return Parsed(value: date, next: index + 1, rule: rule)
        case .slashDate:
            guard let date = slashDate(at: index) else { return nil }
            return Parsed(value: date, next: index + 1, rule: rule)
        case .dottedDate:
            guard let date = dottedDate(at: index) else { return nil }
            return Parsed(value: date, next: index + 1, rule: rule)
        case .dayBefore:
            // "the night before the 9th": the evening words keep their hour.
            guard let part = word(the, after: index), ["day", "night", "evening"].contains(part),
                  word(the + 1, after: index) == "before", let named = longestDay(at: the + 2)
            else { return nil }
            return Parsed(value: .dayBefore(named.value), next: named.next, rule: rule, time: Self.parts[part] ?? named.time)
        default:
            return nil
        }
    }

    /// A 4-digit year after a date, which may follow a comma ("June 3, 2027"). Only this
    /// century's years count: "3rd dec 1600" is a date at a 24-hour time, as shift workers write it.
    private func dated(month: Int, day: Int, yearAt index: Int, _ rule: DueRule) -> Parsed<DayReference> {
        if tokens.indices.contains(index), tokens[index].text.count == 4, let year = Int(tokens[index].text),
           tokens[index].text.allSatisfy(\.isASCIIDigit), (2000...2099).contains(year) {
            return Parsed(value: .calendar(month: month, day: day, year: year), next: index + 1, rule: rule)
        }
        return Parsed(value: .calendar(month: month, day: day, year: nil), next: index, rule: rule)
    }

    /// A day of the month in digits ("3") or as an ordinal ("3rd", "third", "twenty-first").
    private func dayNumber(at index: Int, from start: Int) -> (value: Int, next: Int)? {
        guard let word = word(index, after: start) else { return nil }
        if word.allSatisfy(\.isASCIIDigit) {
            return NumberWords.cardinal(word).flatMap { (1...31).contains($0) ? ($0, index + 1) : nil }
        }
        return NumberWords.ordinal(in: tokens, at: index).flatMap { (1...31).contains($0.value) ? $0 : nil }
    }

    /// `YYYY-MM-DD` with a real month and a day of 1 to 31; a day the month lacks is kept,
    /// so that the reply can say why it is refused.
    private func isoDate(at index: Int) -> DayReference? {
        guard let word = word(index, after: index) else { return nil }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              year >= 1, (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return .calendar(month: month, day: day, year: year)
    }

    /// "25/12", "12/25", "12/12/2026": a date in digits, read only where its day and month
    /// cannot be mistaken for each other (one above 12, or both the same). "4/12" is 4 December
    /// in London and 12 April in New York, so it is no date and the reply asks for the month's name.
    private func slashDate(at index: Int) -> DayReference? {
        // "open 24/7" is always open.
        guard let word = word(index, after: index), word != "24/7" else { return nil }
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count <= 2, parts[1].count <= 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let first = Int(parts[0]), let second = Int(parts[1]), first >= 1, second >= 1
        else { return nil }
        var year: Int?
        if parts.count == 3 {
            guard [2, 4].contains(parts[2].count), let written = Int(parts[2]) else { return nil }
            year = parts[2].count == 2 ? 2000 + written : written
        }
        switch (first, second) {
        case let (day, month) where day == month && month <= 12: return .calendar(month: month, day: day, year: year)
        case let (day, month) where day > 12 && day <= 31 && month <= 12: return .calendar(month: month, day: day, year: year)
        case let (month, day) where day > 12 && day <= 31 && month <= 12: return .calendar(month: month, day: day, year: year)
        default: return nil
        }
    }

    /// "15.12", "2.12.2026": day, month and maybe year with full stops, as most of Europe
    /// writes a date; the day always comes first.
    private func dottedDate(at index: Int) -> DayReference? {
        guard let word = word(index, after: index) else { return nil }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count <= 2, parts[1].count <= 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let day = Int(parts[0]), let month = Int(parts[1]), (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        guard parts.count == 3 else { return .calendar(month: month, day: day, year: nil) }
        guard [2, 4].contains(parts[2].count), let written = Int(parts[2]) else { return nil }
        return .calendar(month: month, day: day, year: parts[2].count == 2 ? 2000 + written : written)
    }

    /// An ISO 8601 date-time written as one word ("2025-03-20T15:30+02:00").
    func isoDateTime(at index: Int) -> Parsed<String>? {
        guard let word = word(index, after: index), word.count > 10, word.contains("t") else { return nil }
        let text = word.uppercased()
        guard Due.parseISO(text, timeZone: TimeZone(secondsFromGMT: 0) ?? .current) != nil else { return nil }
        return Parsed(value: text, next: index + 1, rule: .isoDateTime)
    }

    /// "3 days", "a couple of weeks", "a fortnight": how far ahead.
    private func span(at index: Int, from start: Int) -> Parsed<DayReference>? {
        guard word(index, after: start) != nil, let count = NumberWords.count(in: tokens, at: index),
              let unit = word(count.next, after: start)?.trimming(suffix: "'")
        else { return nil }
        let value: DayReference? = switch unit {
        case "day", "days": count.value <= 3650 ? .daysAhead(count.value) : nil
        case "week", "weeks", "wk", "wks": count.value <= 520 ? .weeksAhead(count.value) : nil
        case "fortnight": count.value == 1 ? .weeksAhead(2) : nil
        case "month", "months": count.value <= 120 ? .monthsAhead(count.value) : nil
        case "year", "years", "yr", "yrs": count.value <= 10 ? .yearsAhead(count.value) : nil
        default: nil
        }
        return value.map { Parsed(value: $0, next: count.next + 1, rule: .countAhead) }
    }

    /// "end of the week", "the end of this month", "end of week".
    private func endOf(_ unit: String, _ value: DayReference, _ rule: DueRule, at index: Int) -> Parsed<DayReference>? {
        guard matches(["end", "of"], at: index) else { return nil }
        let unitIndex = word(index + 2, after: index).map { ["the", "this"].contains($0) ? index + 3 : index + 2 } ?? index + 2
        return fixed([unit], value, rule, at: unitIndex)
    }

    private func weekday(at index: Int, from start: Int) -> Int? {
        word(index, after: start).flatMap(CalendarWords.isoWeekday)
    }

    private func fixed(_ words: [String], _ value: DayReference, _ rule: DueRule, at index: Int) -> Parsed<DayReference>? {
        matches(words, at: index) ? Parsed(value: value, next: index + words.count, rule: rule) : nil
    }

    /// The index after `word` if it is there, else `index` itself.
    func optional(_ word: String, at index: Int, from start: Int? = nil) -> Int {
        self.word(index, after: start ?? index) == word ? index + 1 : index
    }
}

extension String {
    func trimming(suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
