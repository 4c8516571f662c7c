import Persistence

/// "Postpone the rent by a week": a move of the task's own due date, later or earlier.
struct DueShift: Equatable, Sendable {
    var span: DueSpan
    /// "bring the rent forward", "a day earlier".
    var earlier: Bool

    /// The due date moved by the span, written back in the form the tools accept: an
    /// all-day date stays a date, and a date with a time keeps its time of day ("2026-12-08
    /// at 09:00"), read in the tools' zone, so 9 am stays 9 am across a clock change.
    /// `nil` when `due` is not one of the tools' ISO forms.
    func moving(_ due: String) -> String? {
        guard let date = LocalDate(String(due.prefix(10))) else { return nil }
        let moved = span.moving(date, earlier: earlier).description
        guard due.count > 10 else { return moved }
        let time = due.dropFirst(11).prefix(5)
        guard due.dropFirst(10).first == "T", time.count == 5 else { return nil }
        return moved + " at " + time
    }
}
