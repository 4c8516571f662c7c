import Persistence

/// Finds how important the user says a task is ("it's urgent", "low priority", "someday").
///
/// Negation comes first ("not high priority" is low), and vague times ("sometime", "at some
/// point") read as low: they say the task has no date and no hurry. "sometime next week"
/// says a date, so it is left to the date grammar.
enum PriorityPhrase {
    private static let lead = #"(?:,\s*|\(\s*|-\s*|\.\s+)?(?:(?:it'?s|it\s+is|this\s+is|is|this\s+one'?s|this\s+one\s+is|that'?s|make\s+it|mark\s+it|set\s+it|as|with|at|and)\s+)*(?:an?\s+)?"#
    static let grammar = PhraseGrammar.compiled([
        // "p1", "priority 2", "prio 3": a number for the level, 1 the most urgent.
        PhraseRule(#"(?:p|pri|prio|priority)\s*[1-3](?![\d.:/])"#, example: "priority 2") { phrase in
            phrase.last.flatMap { ["1": "high", "2": "medium", "3": "low"][String($0)] }
        },
        PhraseRule(#"(?:medium|normal|mid)[\s-]+prio(?:rity)?|priority:?\s+(?:is\s+|=\s*)?(?:medium|normal|mid)"#, example: "normal priority", always: "medium"),
        PhraseRule(#"(?:not|isn'?t|is\s+not|aren'?t|are\s+not|no\s+longer|less|nothing|(?:e\s+)?no)\s+(?:(?:very|that|too|so|as|an?|really|super|particularly|all\s+that)\s+)?(?:urgent|important|priority|pressing|high[\s-]+prio(?:rity)?|top[\s-]+priority)(?:\s+at\s+all)?"#,
                   example: "not high priority", always: "low"),
        // "the garage isn't low priority any more": it has moved up, to the middle.
        PhraseRule(#"(?:not|isn'?t|is\s+not|aren'?t|are\s+not|no\s+longer)\s+(?:an?\s+)?low[\s-]+prio(?:rity)?"#, example: "not low priority", always: "medium"),
        PhraseRule(#"low[\s-]+prio(?:rity)?|prio(?:rity)?:?\s+(?:is\s+|=\s*)?low|whenever(?:\s+(?:i|you)\s+can|\s+possible|\s+(?:is|'s)\s+(?:fine|ok|okay|good)|\s+works)?|some\s?day|some\s?time(?!\s+(?:next|this|on|in|before|after|around|during|over|tomorrow|today|tonight|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|at\s+some\s+(?:point|stage)|one\s+of\s+these\s+days|eventually|(?:there'?s\s+)?no\s+(?:rush|hurry)(?:\s+at\s+all)?(?:\s+(?:on|for|with)\s+(?:that|this|it)(?:\s+one)?)?|(?:it\s+)?can\s+wait"#,
                   example: "no rush", always: "low"),
        PhraseRule(#"(?:(?:very|really|super|rather|quite|pretty|fairly|extremely|proper|dead|well|pure|real|right|reyt|mega|wicked|kind\s+of|a\s+bit|somewhat)\s+)?(?:urgent(?:ly)?|important|asap|(?:high|hi)[\s-]+prio(?:rity)?|top[\s-]+priority|prio(?:rity)?:?\s+(?:is\s+|=\s*)?high)"#,
                   example: "it's urgent", always: "high"),
        // "flights are my top thing tmrw": the first thing to do.
        PhraseRule(#"(?:my|the)\s+(?:top|number\s+one)\s+(?:thing|task)"#, example: "my top thing", always: "high"),
        // "fix the staging deploy - blocker": set off from the title, as "the ad blocker" is not.
        PhraseRule(#"(?:[-–—,(]\s*|(?:it'?s|is)\s+a\s+)(?:blocker|show-?stopper)(?=\s*[,.;!)]|$)"#, example: "- blocker", always: "high"),
    ], lead: lead)
    /// A bare level word closing a short typed line ("call mom tomorrow #family high"), as the
    /// task review's `a` reads it; a sentence says "high priority" instead.
    static let trailingLevel = PhraseGrammar.compiled([
        PhraseRule(#"(?:high|medium|low)$"#, example: "high") { Priority(rawValue: $0.lowercased())?.rawValue },
    ])

    /// The priority and the text without the phrase and the "it's" or "make it" leading to it.
    /// The same level said twice ("no rush, low priority") is lifted twice.
    static func extract(from text: String) -> (priority: Priority, rest: String)? {
        guard let first = grammar.firstMatch(in: text), let priority = Priority(rawValue: first.value) else { return nil }
        var rest = first.rest
        while let again = grammar.firstMatch(in: rest), again.value == first.value, again.rest.count < rest.count {
            rest = again.rest
        }
        return (priority, rest)
    }

    /// The priority a whole phrase names, for "make task 3 high priority" and list filters.
    static func named(in text: String) -> Priority? {
        extract(from: text)?.priority
    }

    /// "call mum, high": a bare level word set off by a comma or a dash at the end of a sentence.
    static func trailingAfterComma(in text: String) -> (priority: Priority, rest: String)? {
        guard let comma = text.lastIndex(where: { $0 == "," || $0 == "-" }),
              text[text.index(after: comma)...].split(whereSeparator: \.isWhitespace).count == 1
        else { return nil }
        return trailing(in: text)
    }

    /// A last word "high", "medium" or "low" after other words, and the words before it.
    static func trailing(in text: String) -> (priority: Priority, rest: String)? {
        guard text.split(whereSeparator: \.isWhitespace).count > 1, let match = trailingLevel.firstMatch(in: text) else { return nil }
        return Priority(rawValue: match.value).map { ($0, match.rest) }
    }
}
