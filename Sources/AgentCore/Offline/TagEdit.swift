/// How an edit changes a task's tags.
///
/// `update_task` replaces the whole tag list, so "tag the report with q4" sent as `["q4"]`
/// would drop the report's `#work`. Adding and removing are kept as such until the task's
/// current tags are known, then turned into the full list to send.
enum TagEdit: Equatable, Sendable {
    /// "tag X with q4", "X should also be tagged q4": the task keeps its other tags.
    case adding([String])
    /// "untag the bike home", "drop #home from task 3".
    case removing([String])
    /// "retag X as work only": exactly these.
    case replacing([String])
    /// "X isn't work anymore, tag it personal instead": one tag for another, the rest kept.
    case swapping(from: [String], to: [String])

    /// The list to send when it does not depend on the task's tags.
    var replacement: [String]? {
        if case .replacing(let tags) = self { return tags }
        return nil
    }
}
