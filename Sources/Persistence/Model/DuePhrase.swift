/// The everyday phrases for due dates that the tools and the review screen accept.
///
/// Weeks run Monday to Sunday. A bare weekday ("friday", "on friday", "next friday",
/// "by friday") means the first such day after today, so "friday" said on a Friday is
/// a week away; "this friday" said on a Friday is today.
enum DuePhrase {
    static func day(for text: String, today: LocalDate) -> LocalDate? {
        let phrase = PhraseText.normalize(text)
        switch phrase {
        case "today", "tonight":
            return today
        case "tomorrow":
            return today.adding(days: 1)
        case "next week":
            return today.adding(days: 8 - today.isoWeekday)
        case "this week", "end of week", "end of the week", "by the end of the week":
            return today.adding(days: 7 - today.isoWeekday)
        default:
            return weekday(phrase, today: today) ?? offset(phrase, today: today)
        }
    }

    private static func weekday(_ phrase: String, today: LocalDate) -> LocalDate? {
        let words = phrase.split(separator: " ")
        guard let last = words.last, let target = PhraseText.isoWeekday(String(last)),
              words.count == 1 || (words.count == 2 && ["on", "next", "by", "this"].contains(words[0]))
        else { return nil }
        if target == today.isoWeekday && words.first == "this" {
            return today
        }
        return today.next(isoWeekday: target)
    }

    /// "in 3 days", "in a week", "in two weeks", "in 1 month".
    private static func offset(_ phrase: String, today: LocalDate) -> LocalDate? {
        let words = phrase.split(separator: " ").map(String.init)
        guard words.count == 3, words[0] == "in", let count = PhraseText.number(words[1]) else {
            return nil
        }
        switch words[2] {
        case "day", "days": return today.adding(days: count)
        case "week", "weeks": return today.adding(days: 7 * count)
        case "month", "months": return today.adding(months: count)
        default: return nil
        }
    }
}
