/// Recognises questions about the task list and turns their wording into `list_tasks` filters.
enum ListParser {
    /// Words that describe a list rather than name a tag in "… tasks".
    private static let notTags: Set<String> = [
        "my", "all", "the", "your", "any", "which", "what", "these", "those", "other", "some", "many",
        "pending", "completed", "complete", "done", "finished", "open", "remaining", "outstanding",
        "unfinished", "incomplete", "undone", "current", "upcoming", "recent", "new", "old", "overdue",
        "high", "low", "medium", "priority", "urgent", "important", "due", "today's", "of", "list",
        "show", "me", "everything", "more", "is", "are", "have", "with", "to", "every",
        "find", "search", "list", "display", "view", "see", "get", "give", "about",
    ]

    /// "for work", "at home": a context names a tag in a list request as it does in an add.
    static let contextGrammar = PhraseGrammar.compiled([
        PhraseRule("(?:for|at)\\s+(?:" + TagPhrase.contexts.joined(separator: "|") + ")", example: "at home") { phrase in
            phrase.split(whereSeparator: \.isWhitespace).last.map(String.init)
        },
    ])
    static let asksPattern = Pattern(#/^(?:show|list|display|view|see|get|give|tell|what|what's|whats|which|do\s+i|have\s+i|did\s+i|search|find|look|anything|any|stuff|things|how\s+many|my\s+(?:tasks|todos?|list)|tasks|todos?|all\s+tasks|everything|pending|completed|open\s+tasks|done\s+tasks)\b/#, example: "show my tasks")
    static let aboutPattern = Pattern(#/\b(?:tasks?|todos?|to-dos?|list|pending|left|remaining|open|outstanding|due|overdue|completed|done|finish(?:ed)?|to\s+do|agenda|on\s+my\s+plate|priority|urgent|important|everything|anything|search|find|look\s+for|related\s+to)\b/#, example: "show my tasks")
    static let firstOrTop = Pattern(#/\b(?:first|top)\b/#, example: "top")
    static let searchFor = Pattern(#/^(?:search|look)\s+(?:for\s+|up\s+)?(?:(?:my\s+|all\s+)?(?:tasks?|todos?)\s+)?(?:(?:about|for|with|mentioning|containing|matching|called|named|titled|regarding)\s+)?(.+)$/#, example: "search for dentist")
    static let findTasks = Pattern(#/^find\s+(?:me\s+)?(?:(?:all\s+|my\s+|the\s+)*(?:tasks?|todos?)\s+)?(?:(?:about|for|with|mentioning|containing|matching|called|named|titled|regarding)\s+)?(.+)$/#, example: "find tasks about dentist")
    static let withWordIn = Pattern(#/\b(?:tasks?|todos?|anything|something)\s+with\s+(.+?)\s+in\s+(?:them|it|the\s+(?:title|name))$/#, example: "tasks with dentist in them")
    static let tasksAbout = Pattern(#/\b(?:tasks?|todos?|anything|something|stuff)\s+(?:about|mentioning|containing|matching|related\s+to|regarding|with\s+the\s+word|called|named|titled)\s+(.+)$/#, example: "stuff related to dentist")
    static let searchFiller = Pattern(#/^(?:the|my|a|an)\s+|\s+(?:tasks?|todos?|ones?|items?)$/#, example: "the dentist tasks")
    static let notDone = Pattern(#/\b(?:not\s+(?:yet\s+)?(?:done|completed|finished)|unfinished|incomplete|undone)\b/#, example: "not yet done")
    static let done = Pattern(#/\b(?:completed|done|finished|complete|ticked\s+off|checked\s+off)\b|\bdid\s+i\s+(?:finish|complete|do)\b/#, example: "did i finish")
    static let pending = Pattern(#/\b(?:pending|left|remaining|open|outstanding|to\s*-?\s*do|todo|have\s+to|need\s+to|should\s+i|on\s+my\s+plate|still|overdue|agenda)\b/#, example: "still to do")
    static let everything = Pattern(#/\b(?:all|everything|every\s+task)\b/#, example: "every task")
    static let thisWeek = Pattern(#/\b(?:this|the)\s+week\b|\bend\s+of\s+(?:the\s+)?week\b/#, example: "end of the week")
    static let overdue = Pattern(#/\boverdue\b/#, example: "overdue")
    static let dueWords = Pattern(#/\b(?:due|today|tonight|tomorrow|by|before|until|next\s+week|in\s+\w+\s+(?:days?|weeks?))\b/#, example: "due in 3 days")
    static let explicitTag = Pattern(#/#([\w-]+)|\b(?:tagged|tag|labelled|labeled|label)\s+#?([\w-]+)/#, example: "labelled work")
    static let nounTag = Pattern(#/\b([\w-]+)\s+(?:tasks|todos|to-dos|items|stuff|list)\b/#, example: "work tasks")
    static let byDue = Pattern(#/\bby\s+(?:due\s+date|due|deadline|date)\b|\bsoonest\b|\bin\s+order\s+of\s+(?:due\s+date|deadline|date)\b/#, example: "by due date")
    static let byPriority = Pattern(#/\bby\s+(?:priority|importance|urgency)\b|\bmost\s+(?:important|urgent)\s+first\b/#, example: "most important first")
    static let byTitle = Pattern(#/\balphabetical(?:ly)?\b|\bby\s+(?:title|name)\b|\ba\s*(?:-|to)\s*z\b/#, example: "a-z")
    static let byCreated = Pattern(#/\b(?:newest|oldest|by\s+creation|by\s+(?:date\s+)?created|by\s+when\s+(?:they\s+were|it\s+was)\s+(?:added|created))\b/#, example: "by date created")

    static func parse(_ utterance: Utterance) -> ListRequest? {
        let key = utterance.key
        let asks = Self.asksPattern.regex
        let about = Self.aboutPattern.regex
        guard key.firstMatch(of: asks) != nil, key.firstMatch(of: about) != nil else { return nil }
        return filters(in: key)
    }

    /// The filters `key` names, for a message already known to ask for the list (by the
    /// patterns above, or by the classifier).
    static func filters(in key: String) -> ListRequest {
        var query = ListRequest()
        var rest = key
        if let found = search(in: rest) {
            query.search = found.term
            rest = found.rest
        }
        query.status = status(in: rest)
        if query.status != "completed", let due = dueBefore(in: rest) {
            query.dueBefore = due
            query.status = query.status ?? "pending"
        }
        // "most urgent first" orders by priority; it does not ask for urgent tasks only.
        let unsorted = rest.replacing(Self.byPriority.regex, with: "").replacing(Self.firstOrTop.regex, with: "")
        query.priority = PriorityPhrase.named(in: unsorted)
        query.tag = tag(in: rest, inferred: query.search == nil)
        query.sort = sort(in: rest) ?? (query.dueBefore == nil ? nil : "due")
        return query
    }

    private static func search(in key: String) -> (term: String, rest: String)? {
        let patterns = [
            Self.searchFor.regex,
            Self.findTasks.regex,
            Self.withWordIn.regex,
            Self.tasksAbout.regex,
        ]
        for pattern in patterns {
            guard let match = key.firstMatch(of: pattern) else { continue }
            let term = String(match.output.1).replacing(Self.searchFiller.regex, with: "").trimming(" \"'.,!?")
            guard !term.isEmpty else { continue }
            return (term, key.removing(match.output.1.startIndex..<match.output.1.endIndex))
        }
        return nil
    }

    private static func status(in key: String) -> String? {
        if key.firstMatch(of: Self.notDone.regex) != nil {
            return "pending"
        }
        if key.firstMatch(of: Self.done.regex) != nil {
            return "completed"
        }
        if key.firstMatch(of: Self.pending.regex) != nil {
            return "pending"
        }
        if key.firstMatch(of: Self.everything.regex) != nil {
            return "all"
        }
        return nil
    }

    private static func dueBefore(in key: String) -> String? {
        if key.firstMatch(of: Self.thisWeek.regex) != nil { return "end of week" }
        if key.firstMatch(of: Self.overdue.regex) != nil { return "today" }
        guard key.firstMatch(of: Self.dueWords.regex) != nil
        else { return nil }
        return DuePhrase.extract(from: key)?.due
    }

    /// `inferred` allows "work tasks" to name a tag; a search already took the topic words.
    private static func tag(in key: String, inferred: Bool) -> String? {
        if let match = key.firstMatch(of: Self.explicitTag.regex),
           let tag = TagPhrase.normalise(match.output.1 ?? match.output.2 ?? "") {
            return tag
        }
        if inferred, let match = key.firstMatch(of: Self.nounTag.regex) {
            let word = String(match.output.1)
            if !notTags.contains(word), let tag = TagPhrase.normalise(word) { return tag }
        }
        if let match = contextGrammar.firstMatch(in: key) {
            return match.value
        }
        return nil
    }

    private static func sort(in key: String) -> String? {
        if key.firstMatch(of: Self.byDue.regex) != nil { return "due" }
        if key.firstMatch(of: Self.byPriority.regex) != nil { return "priority" }
        if key.firstMatch(of: Self.byTitle.regex) != nil { return "title" }
        if key.firstMatch(of: Self.byCreated.regex) != nil { return "created" }
        return nil
    }
}
