/// The time rules: "at 5pm", "17:30", "half five", "noon", "midnight", "in the morning", and "morning" after a day.
extension DueParser {
    private static let timeLeads: Set<String> = ["at", "@", "around", "about", "by", "before"]
    private static let atLeads: Set<String> = ["at", "@", "around", "about"]
    private static let meridiems: [String: Bool] = ["am": false, "a.m.": false, "a.m": false, "pm": true, "p.m.": true, "p.m": true]
    /// Longest first, so "5p.m." loses "p.m." rather than "m.".
    private static let meridiemSuffixes = meridiems.keys.sorted { $0.count > $1.count }
    /// "at 22 park road": a house number before a street, not an hour.
    private static let streetWords: Set<String> = [
        "road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close", "drive", "dr", "way", "place", "pl",
        "court", "ct", "crescent", "terrace", "square", "gardens", "grove", "hill", "park", "row", "walk", "mews",
    ]
    private static let parts: [String: TimeOfDay] = [
        "morning": .morning, "afternoon": .afternoon, "arvo": .afternoon, "evening": .evening, "night": .night,
    ]

    /// The longest time at `index`, with its lead word ("at", "by") if any. `afterDay`
    /// allows a bare part of the day, as in "tomorrow morning".
    func longestTime(at index: Int, afterDay: Bool) -> Parsed<TimeOfDay>? {
        var start = index
        var saidAt = false
        if let lead = word(index, after: index), Self.timeLeads.contains(lead) {
            start = index + 1
            // "by 9 tonight", "before 5 tomorrow": a bare hour is a time when a day follows it.
            saidAt = Self.atLeads.contains(lead) || (word(start + 1, after: index) != nil && longestDay(at: start + 1) != nil)
        }
        var found = [clockTime(at: start, from: index, clipped: afterDay || saidAt), oClock(at: start, from: index), wordedTime(at: start, from: index),
                     noon(at: start, from: index), partOfDay(at: index)]
        if afterDay { found.append(dayPart(at: index)) }
        if saidAt { found.append(bareHour(at: start, from: index)) }
        // "tonight 7ish", "sat 1530": a time that can be nothing else beside a day.
        if afterDay || saidAt {
            found.append(approximateHour(at: start, from: index) ?? fourFigures(at: start, from: index) ?? continentalHour(at: start, from: index))
        }
        found.append(spokenClock(at: start, from: index, clipped: afterDay || saidAt))
        return found.compactMap(\.self).max { $0.next < $1.next }
    }

    /// "17:30", "5pm", "5 pm", "5:30 p.m.", "7.30pm", "five pm"; "3p" and "10a" only beside a day or
    /// after "at" (`clipped`), since "flat 10a" is an address.
    private func clockTime(at index: Int, from start: Int, clipped: Bool) -> Parsed<TimeOfDay>? {
        guard let word = word(index, after: start) else { return nil }
        var digits = word
        var afternoon: Bool?
        if let suffix = Self.meridiemSuffixes.first(where: word.hasSuffix),
           suffix.count < word.count {
            digits = String(word.dropLast(suffix.count))
            afternoon = Self.meridiems[suffix]
        } else if let last = word.last, ["a", "p"].contains(last), word.dropLast().first?.isASCIIDigit == true,
                  clipped || longestDay(at: index + 1) != nil {
            digits = String(word.dropLast())
            afternoon = last == "p"
        }
        var next = index + 1
        if afternoon == nil, let (meridiem, after) = meridiem(at: index + 1, from: start) {
            afternoon = meridiem
            next = after
        }
        if afternoon == nil, digits == "24:00" { return Parsed(value: .midnight, next: next, rule: .clockTime) }
        // "7.30pm", and "7.30" after "at" or beside a day, as people write times in Britain.
        let dotted = afternoon != nil || clipped
        let parts = digits.split(omittingEmptySubsequences: false) { $0 == ":" || (dotted && $0 == ".") }
        guard (1...2).contains(parts.count), let hour = Self.hour(String(parts[0])) else { return nil }
        var minute = 0
        if parts.count == 2 {
            guard parts[1].count == 2, parts[1].allSatisfy(\.isASCIIDigit), let value = Int(parts[1]) else { return nil }
            minute = value
        }
        let time: TimeOfDay?
        var ambiguous = false
        if let afternoon {
            guard (1...12).contains(hour) else { return nil }
            time = TimeOfDay(hour: hour % 12 + (afternoon ? 12 : 0), minute: minute)
        } else {
            guard parts.count == 2, parts[0].allSatisfy(\.isASCIIDigit) else { return nil }
            // "at 2:15" is an afternoon as "at 2" is; "02:15" is the 24-hour clock.
            let smallHour = parts[0].count == 1 && (1...5).contains(hour)
            ambiguous = parts[0].first != "0" && hour <= 12
            time = TimeOfDay(hour: smallHour ? hour + 12 : hour, minute: minute)
        }
        return time.map { Parsed(value: $0, next: next, rule: .clockTime, ambiguousHour: ambiguous) }
    }

    /// "pm", "p.m." or, as speech is typed, "p m": whether it is the afternoon, and the index after it.
    private func meridiem(at index: Int, from start: Int) -> (Bool, Int)? {
        guard let said = word(index, after: start) else { return nil }
        if let afternoon = Self.meridiems[said] { return (afternoon, index + 1) }
        guard ["a", "p"].contains(said), word(index + 1, after: start) == "m" else { return nil }
        return (said == "p", index + 2)
    }

    /// "five thirty p m", "ten fifteen", "seven oh five", "6 45": an hour and its minutes
    /// said as two numbers, as people dictate a time; only after "at" or beside a day
    /// (`clipped`) or before "pm", where two numbers can be nothing else.
    private func spokenClock(at index: Int, from start: Int, clipped: Bool) -> Parsed<TimeOfDay>? {
        guard let said = word(index, after: start), let hour = Self.hour(said), (1...12).contains(hour),
              let first = word(index + 1, after: start), !["a", "an", "couple"].contains(first)
        else { return nil }
        let minute: Int
        var next: Int
        if ["oh", "o"].contains(first), let digit = word(index + 2, after: start).flatMap(NumberWords.cardinal), digit <= 9 {
            (minute, next) = (digit, index + 3)
        } else if let (value, after) = NumberWords.count(in: tokens, at: index + 1), (10...59).contains(value) {
            (minute, next) = (value, after)
        } else {
            return nil
        }
        var time = daytime(hour).flatMap { TimeOfDay(hour: $0.hour, minute: minute) }
        var ambiguous = true
        if let (afternoon, after) = meridiem(at: next, from: start) {
            time = TimeOfDay(hour: hour % 12 + (afternoon ? 12 : 0), minute: minute)
            (ambiguous, next) = (false, after)
        } else if !clipped {
            return nil
        }
        return time.map { Parsed(value: $0, next: next, rule: .clockTime, ambiguousHour: ambiguous) }
    }

    /// "at 5", "at 17": a bare hour after "at" is read between 07:00 and 18:59 unless a
    /// part of the day said with it moves it.
    private func bareHour(at index: Int, from start: Int) -> Parsed<TimeOfDay>? {
        guard let word = word(index, after: start), let hour = Self.hour(word), hour >= 1,
              !Self.streetWords.contains(self.word(index + 1, after: start) ?? ""),
              !Self.streetWords.contains(self.word(index + 2, after: start) ?? "")
        else { return nil }
        return daytime(hour).map { Parsed(value: $0, next: index + 1, rule: .bareHour, ambiguousHour: hour <= 12) }
    }

    /// "7ish", "around 7ish": about that hour, read as "at 7" is.
    private func approximateHour(at index: Int, from start: Int) -> Parsed<TimeOfDay>? {
        guard let word = word(index, after: start), word.hasSuffix("ish"), let hour = Self.hour(String(word.dropLast(3))), hour >= 1
        else { return nil }
        return daytime(hour).map { Parsed(value: $0, next: index + 1, rule: .bareHour, ambiguousHour: hour <= 12) }
    }

    /// "1530", "0900": the 24-hour clock written without its colon.
    private func fourFigures(at index: Int, from start: Int) -> Parsed<TimeOfDay>? {
        guard let word = word(index, after: start), word.count == 4, word.allSatisfy(\.isASCIIDigit),
              let hour = Int(word.prefix(2)), let minute = Int(word.suffix(2)), let time = TimeOfDay(hour: hour, minute: minute)
        else { return nil }
        return Parsed(value: time, next: index + 1, rule: .clockTime)
    }

    /// "14h", "9h30": the 24-hour clock as much of Europe writes it.
    private func continentalHour(at index: Int, from start: Int) -> Parsed<TimeOfDay>? {
        guard let word = word(index, after: start) else { return nil }
        let parts = word.split(separator: "h", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].isEmpty || parts[1].count == 2,
              (parts[0] + parts[1]).allSatisfy(\.isASCIIDigit), let hour = Int(parts[0]),
              let time = TimeOfDay(hour: hour, minute: Int(parts[1]) ?? 0)
        else { return nil }
        return Parsed(value: time, next: index + 1, rule: .clockTime)
    }

    /// "5 o'clock", "five oclock".
    private func oClock(at index: Int, from start: Int) -> Parsed<TimeOfDay>? {
        guard let word = word(index, after: start), let hour = Self.hour(word), hour <= 12,
              let clock = self.word(index + 1, after: start), ["o'clock", "oclock"].contains(clock)
        else { return nil }
        return daytime(hour).map { Parsed(value: $0, next: index + 2, rule: .oClock, ambiguousHour: true) }
    }

    /// "half five", "half past ten", "quarter past ten", "quarter to six", "ten past three",
    /// "twenty to four": a time said in words, its hour read as "at 5" is and moved by a part
    /// of the day said with it ("half five tomorrow morning" is 05:30).
    private func wordedTime(at index: Int, from start: Int) -> Parsed<TimeOfDay>? {
        guard let amount = word(index, after: start) else { return nil }
        let minutes = amount == "half" ? 30 : amount == "quarter" ? 15 : NumberWords.cardinal(amount).flatMap { (1...29).contains($0) ? $0 : nil }
        guard let minutes else { return nil }
        var next = index + 1
        if word(next, after: start) == "minutes" { next += 1 }
        let relation = word(next, after: start)
        let before = relation == "to" || relation == "til"
        if before || relation == "past" || relation == "after" {
            next += 1
        } else if amount != "half" {
            return nil
        }
        guard let said = word(next, after: start), let hour = Self.hour(said), (1...12).contains(hour),
              let base = daytime(before ? (hour == 1 ? 12 : hour - 1) : hour),
              let time = TimeOfDay(hour: base.hour, minute: before ? 60 - minutes : minutes)
        else { return nil }
        return Parsed(value: time, next: next + 1, rule: .wordedTime, ambiguousHour: true)
    }

    private func noon(at index: Int, from start: Int) -> Parsed<TimeOfDay>? {
        guard let word = word(index, after: start) else { return nil }
        if word == "midnight" { return Parsed(value: .midnight, next: index + 1, rule: .noon) }
        guard ["noon", "midday", "lunchtime"].contains(word) else { return nil }
        return Parsed(value: .noon, next: index + 1, rule: .noon)
    }

    /// Moments of a day people plan around, at the times the docs list for them.
    private static let moments: [([String], TimeOfDay)] = [
        (["first", "thing", "in", "the", "morning"], .morning), (["first", "thing"], .morning),
        (["at", "lunch"], .noon), (["before", "lunch"], .noon), (["after", "lunch"], .afterLunch),
        (["after", "school"], .afternoon), (["after", "work"], .evening), (["before", "bed"], .night),
    ]

    /// "in the morning", "at night", and moments people plan around: "after lunch", "first thing".
    private func partOfDay(at index: Int) -> Parsed<TimeOfDay>? {
        if let (words, time) = Self.moments.first(where: { matches($0.0, at: index) }) {
            return Parsed(value: time, next: index + words.count, rule: .moment)
        }
        if matches(["at", "night"], at: index) { return Parsed(value: .night, next: index + 2, rule: .partOfDay) }
        guard matches(["in", "the"], at: index), let part = word(index + 2, after: index).flatMap({ Self.parts[$0] })
        else { return nil }
        return Parsed(value: part, next: index + 3, rule: .partOfDay)
    }

    /// "afternoon" in "afternoon tmrw": a part of the day said before the day it is part of.
    func partBeforeDay(at index: Int) -> Parsed<TimeOfDay>? {
        guard let part = dayPart(at: index), longestDay(at: part.next) != nil else { return nil }
        return part
    }

    /// "morning" in "tomorrow morning", "friday evening".
    private func dayPart(at index: Int) -> Parsed<TimeOfDay>? {
        guard let part = word(index, after: index).flatMap({ Self.parts[$0] }) else { return nil }
        return Parsed(value: part, next: index + 1, rule: .dayPart)
    }

    /// 1 to 12 or 13 to 23 as said: 7 to 11 in the morning, 12 at noon, 1 to 6 in the afternoon.
    private func daytime(_ hour: Int) -> TimeOfDay? {
        TimeOfDay(hour: (1...6).contains(hour) ? hour + 12 : hour, minute: 0)
    }

    /// An hour in digits (up to two) or words ("five").
    private static func hour(_ word: String) -> Int? {
        if word.allSatisfy(\.isASCIIDigit) {
            guard (1...2).contains(word.count), let value = Int(word), value <= 23 else { return nil }
            return value
        }
        return NumberWords.cardinal(word).flatMap { $0 <= 12 ? $0 : nil }
    }
}
