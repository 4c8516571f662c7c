/// Reads news that a task is off, said as a plan rather than a command: "we won't be fixing
/// the bike, just sold it", "I'm not going to renew the passport any more", "not bothering
/// with the garage". What follows a comma is the reason and names no task.
///
/// The words it returns keep the task's verb ("fixing the bike"), so ``TaskMatcher`` needs the
/// title's own verb to find the task: "I'm not going to the party" names a place, not a task,
/// and is never read as a deletion.
enum CancelNews {
    static let plan = Pattern(#/(?i)^(?:(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+)?(?:won'?t\s+be|will\s+not\s+be|(?:am\s+|are\s+)?not|aren'?t|ain'?t)\s+([a-z]+ing\s+[^,;]+?)(?:\s+(?:any\s?more|any\s+longer|after\s+all|now|at\s+all|this\s+(?:week|month|year|time)))*(?:\s*[,;–—].*)?$/#,
                              example: "we won't be fixing the bike")
    /// "bothering with the garage": the words after it name the task by its object alone.
    static let bothering = Pattern(#/(?i)^(?:bothering|doing)\s+(?:with\s+|to\s+)?/#, example: "bothering with the garage")
    /// "needing the rent task": only a task named as one is off; "we won't be needing the car"
    /// says nothing about "Wash the car".
    static let needingTask = Pattern(#/(?i)^(?:needing|having)\s+(.+\s(?:task|one|item|reminder|todo|to-do))$/#,
                                     example: "needing the rent task")
    /// "going to fix the bike": a verb must follow, not a place ("going to the party").
    static let goingTo = Pattern(#/(?i)^(?:going\s+to|gonna)\s+(?!(?:the|a|an|my|our|his|her|their|bed|work|school|church|town)\b)/#,
                                 example: "going to fix the bike")

    /// The words naming the task that is off, or `nil`.
    static func words(in text: String) -> String? {
        guard let match = text.wholeMatch(of: plan.regex) else { return nil }
        let words = String(match.output.1)
        if let task = words.wholeMatch(of: needingTask.regex) { return String(task.output.1) }
        if let lead = words.prefixMatch(of: bothering.regex) ?? words.prefixMatch(of: goingTo.regex) {
            return String(words[lead.range.upperBound...])
        }
        let lead = words.lowercased().split(separator: " ").first
        return lead == "going" || lead == "needing" || lead == "having" ? nil : words
    }
}
