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
    static func extract(from text: String) -> Found? {
        guard let match = DueGrammar.firstPhrase(in: text), !match.expression.isPast else { return nil }
        return Found(expression: match.expression, rest: text.removing(match.range))
    }
}
