import Persistence

/// Reads a relative priority change ("bump the garage priority up a notch", "knock the gym
/// down a peg", "move the bike up a level") and a level set after "prioritise" ("prioritise
/// the bike, high").
///
/// A step is only read with a size word ("a notch", "a level", "one step"): "bump up the
/// priority of the garage" keeps its older meaning, high. The task may be named with
/// "priority" after it ("the garage priority", "the gym's priority"), which is cut.
enum PriorityStepParser {
    static let step = Pattern(#/(?i)(?:bump|move|push|kick|nudge|knock|take|bring|raise|lower|drop|turn|put)\s+(.+?)\s+(up|down)\s+(?:by\s+)?(?:a\s+(?:notch|bit|level|step|peg|tad|little)|one(?:\s+(?:notch|level|step|peg))?)/#,
                              example: "bump the garage priority up a notch")
    /// "raise the priority of the garage a notch".
    static let stepOf = Pattern(#/(?i)(raise|lower|increase|decrease|reduce|bump\s+up|bump\s+down|knock\s+down)\s+(?:the\s+)?priority\s+(?:of|on|for)\s+(.+?)\s+(?:by\s+)?(?:a\s+(?:notch|bit|level|step|peg|tad|little)|one(?:\s+(?:notch|level|step|peg))?)/#,
                                example: "raise the priority of the garage a notch")
    static let priorityNoun = Pattern(#/(?i)(?:'s|s')?\s+priority$/#, example: "the garage's priority")
    /// "prioritise the bike, high", "prioritize task 4 as medium".
    static let prioritiseAs = Pattern(#/(?i)prioriti[sz]e\s+(.+?)\s*(?:,\s*|\s+(?:as|to|at)\s+)(?:a\s+)?(?:(high|medium|low|normal|urgent|top)(?:[\s-]+prio(?:rity)?)?)/#,
                                      example: "prioritise the bike, high")

    static func parse(_ text: String) -> Intent? {
        if let match = text.wholeMatch(of: Self.step.regex), let target = target(match.output.1) {
            return .change(.update(TaskEdits(priorityStep: match.output.2.lowercased() == "up" ? .up : .down)), of: target)
        }
        if let match = text.wholeMatch(of: Self.stepOf.regex), let target = target(match.output.2) {
            let up = ["raise", "increase", "bump up"].contains(match.output.1.lowercased().collapsingSpaces())
            return .change(.update(TaskEdits(priorityStep: up ? .up : .down)), of: target)
        }
        if let match = text.wholeMatch(of: Self.prioritiseAs.regex), let target = target(match.output.1) {
            let word = match.output.2.lowercased()
            let level = ["urgent", "top"].contains(word) ? "high" : word == "normal" ? "medium" : word
            return Priority(rawValue: level).map { .change(.update(TaskEdits(priority: $0)), of: target) }
        }
        return nil
    }

    private static func target(_ words: Substring) -> TaskTarget? {
        TaskTargetParser.parse(String(words).replacing(Self.priorityNoun.regex, with: ""))
    }
}
