import Foundation
import Persistence

/// Finds a due date in free text with the shared ``DueGrammar`` and names it by the phrase
/// the task tools read back to the same date.
///
/// The engine never turns phrases into calendar dates itself: the tools own the clock
/// (`CHATTUI_NOW`, `TZ`), so passing "june 3 at 17:00" keeps both sides agreeing on what
/// "3 June at 5pm" means. Whether a date can exist at all needs no clock, so an impossible
/// one ("31 April") is known here, before anything is written.
enum DuePhrase {
    struct Found {
        var expression: DueExpression
        /// The text without the phrase and its lead words ("by", "on", "due").
        var rest: String

        /// The phrase to pass as `due`.
        var due: String { expression.phrase }
    }

    /// The first due phrase of `text`; none when it is a past day ("I rang mum yesterday" says
    /// when something was done, and a task is never made due in the past).
    static func extract(from said: String) -> Found? {
        let text = dayFirst(said)
        guard let match = DueGrammar.firstPhrase(in: text), !match.expression.isPast else { return nil }
        var found = Found(expression: match.expression, rest: text.removing(match.range))
        // "tmrw pick up kids from swimming at 4pm": the day said first, its time at the end.
        let trimmed = found.rest.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        if let time = DueGrammar.firstPhrase(in: trimmed), time.range.upperBound == trimmed.endIndex,
           let joined = match.expression.at(timeOf: time.expression) {
            found = Found(expression: joined, rest: trimmed.removing(time.range))
        }
        return found
    }

    /// "friday call the plumber": a weekday before a verb is when to do it, as "on friday" is,
    /// though "friday drinks" names a thing.
    private static func dayFirst(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count == 3, CalendarWords.weekdayNames.contains(words[0].lowercased()),
              EnglishWords.startsATask(words[1].lowercased())
        else { return text }
        return "on " + text
    }
}
