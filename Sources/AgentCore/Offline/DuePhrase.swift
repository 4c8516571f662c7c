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

    static func extract(from text: String) -> Found? {
        DueGrammar.firstPhrase(in: text).map { Found(expression: $0.expression, rest: text.removing($0.range)) }
    }
}
