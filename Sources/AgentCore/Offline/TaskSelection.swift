import Persistence

/// "all the work ones", "everything due tomorrow", "anything about the bike": every task a
/// filter finds, where one request changes many tasks at once.
///
/// Read from the words after "all", "every" or "any"; a bare name after them needs a noun
/// ("all the work ones", not "all the work"), so a quantifier inside a title stays a title.
struct TaskSelection: Equatable, Sendable {
    /// A tag or the words of titles: "work" picks the tasks tagged work, else those titled so.
    var words: String?
    /// Only a tag: "everything tagged work".
    var tag: String?
    /// The day the tasks fall due: "everything due tomorrow".
    var due: String?
    var status: TaskStatusFilter?
    var priority: Priority?
    /// "anything with no date".
    var undated = false

    static let quantifier = Pattern(#/^(?:all(?:\s+of)?|every(?:thing)?(?:\s+single)?|any(?:thing)?|each)(?:\s+(?:the|my|our|those|these|of\s+the|of\s+my))?\s+(.+)$/#,
                                    example: "all of the work ones")
    static let leadingNoun = Pattern(#/^(?:tasks?|todos?|to-dos?|items?|ones?|things?|stuff|jobs?)\s+(?:that\s+(?:are|were)\s+|which\s+are\s+)?/#, example: "ones that are ")
    static let trailingNoun = Pattern(#/\s+(?:tasks?|todos?|to-dos?|items?|ones?|things?|stuff|jobs?|bits)$/#, example: " ones")
    static let pending = Pattern(#/^(?:open|pending|outstanding|unfinished|remaining|undone)\s+/#, example: "open ")
    static let finished = Pattern(#/^(?:(?:that'?s|thats|that\s+is|which\s+is|that\s+are|which\s+are|i'?ve|i\s+have|i|we'?ve|we)\s+(?:already\s+)?)?(?:done|completed|complete|finished|ticked(?:\s+off)?|crossed\s+off)$/#,
                                  example: "that's done")
    static let dueSaid = Pattern(#/^(?:(?:that'?s|that\s+is|which\s+is|that\s+are|which\s+are)\s+)?(?:due|for)\s+(.+)$/#, example: "due tomorrow")
    static let tagged = Pattern(#/^(?:tagged|labell?ed|with\s+(?:the\s+)?tag|marked)\s+#?([\w-]+)$|^#([\w-]+)$/#, example: "tagged work")
    static let about = Pattern(#/^(?:about|re|regarding|to\s+do\s+with|related\s+to|mentioning|in|under|for|with)\s+(?:the\s+|my\s+|our\s+)?([a-z][\w' -]*)$/#,
                               example: "about the bike")
    static let undatedSaid = Pattern(#/^(?:with\s+no|without\s+(?:a|any)|no)\s+(?:due\s+)?dates?$|^undated$/#, example: "with no date")
    /// Words after a quantifier that make no filter: "all of it", "everything else".
    private static let nothingMore: Set<String> = ["it", "them", "else", "that", "this", "at once", "together", "of it", "of them"]

    /// "the work ones", "the low priority stuff", "the ones i already finished": a plural
    /// noun after "the" says many as a quantifier does.
    static let plural = Pattern(#/^(?:the|those|these)\s+((?:[\w'-]+\s+){0,3}?(?:ones|tasks|todos|items|things|stuff|jobs)(?:\s+.+)?)$/#,
                                example: "the work ones")

    /// The selection `text` names, or `nil` when it names one task or every task.
    static func parse(_ text: String) -> TaskSelection? {
        let lowered = text.lowercased()
        // "the passport and garage ones" names two tasks, not a filter.
        let several = lowered.contains(" and ") || lowered.contains(",")
        let named = several ? nil : lowered.wholeMatch(of: plural.regex)?.output.1
        guard let match = lowered.wholeMatch(of: quantifier.regex).map({ $0.output.1 }) ?? named else { return nil }
        var rest = String(match).trimming(" .,!?")
        var selection = TaskSelection()
        if let open = rest.prefixMatch(of: pending.regex) {
            selection.status = .pending
            rest.removeSubrange(open.range)
        }
        let nounFirst = rest.prefixMatch(of: leadingNoun.regex)
        if let nounFirst { rest.removeSubrange(nounFirst.range) }
        let nounLast = rest.firstMatch(of: trailingNoun.regex)
        if let nounLast { rest.removeSubrange(nounLast.range) }
        let withNoun = nounFirst != nil || nounLast != nil
        guard !rest.isEmpty, !nothingMore.contains(rest) else {
            return selection.status == nil ? nil : selection
        }
        if rest.wholeMatch(of: finished.regex) != nil, withNoun || rest.contains(" ") {
            selection.status = .completed
        } else if let due = rest.wholeMatch(of: dueSaid.regex), let day = DuePhrase.extract(from: String(due.output.1)), day.rest.isEmpty {
            selection.due = day.due
        } else if let found = DuePhrase.extract(from: rest.replacing(/'s$/, with: "")), found.rest.isEmpty, withNoun {
            selection.due = found.due
        } else if let tag = rest.wholeMatch(of: tagged.regex), let name = tag.output.1 ?? tag.output.2 {
            selection.tag = String(name)
        } else if rest.wholeMatch(of: undatedSaid.regex) != nil {
            selection.undated = true
        } else if let priority = PriorityPhrase.named(in: rest), withNoun || rest.contains("priority") {
            selection.priority = priority
        } else if let topic = rest.wholeMatch(of: about.regex) {
            selection.words = String(topic.output.1)
        } else if withNoun, rest.split(separator: " ").count <= 3, rest.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) {
            selection.words = rest.replacing(/^(?:the|my|our)\s+/, with: "")
        } else {
            return nil
        }
        return selection
    }

    /// The tasks among `tasks` this selection picks. A name picks the tasks carrying it as a
    /// tag when there are any, else the tasks whose titles hold all its words.
    func picks(_ tasks: [TaskSummary]) -> [TaskSummary] {
        var picked = tasks
        if let status, status != .all { picked = picked.filter { ($0.completed ?? false) == (status == .completed) } }
        if let tag { picked = picked.filter { $0.tags?.contains { $0.lowercased() == tag } ?? false } }
        if let words {
            let tagged = picked.filter { $0.tags?.contains { $0.lowercased() == words.replacing(" ", with: "-") } ?? false }
            picked = tagged.isEmpty ? TaskMatcher.fullMatches(words, in: picked) : tagged
        }
        if let priority { picked = picked.filter { $0.priority == priority.rawValue } }
        if undated { picked = picked.filter { $0.due == nil } }
        if let due { picked = PromptClock.dueOn(due, among: picked) ?? [] }
        return picked
    }

    /// "tagged or named “work”", "due tomorrow": how a reply names the selection.
    var described: String {
        var parts: [String] = []
        if let words { parts.append("tagged or named “\(words)”") }
        if let tag { parts.append("tagged #\(tag)") }
        if let priority { parts.append("of \(priority.rawValue) priority") }
        if undated { parts.append("with no due date") }
        if let due { parts.append("due \(due)") }
        return parts.joined(separator: " and ")
    }
}
