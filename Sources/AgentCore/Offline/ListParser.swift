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

    static func parse(_ utterance: Utterance) -> ListRequest? {
        let key = utterance.key
        let asks = #/^(?:show|list|display|view|see|get|give|tell|what|what's|whats|which|do\s+i|have\s+i|did\s+i|search|find|look|anything|any|how\s+many|my\s+(?:tasks|todos?|list)|tasks|todos?|all\s+tasks|everything|pending|completed|open\s+tasks|done\s+tasks)\b/#
        let about = #/\b(?:tasks?|todos?|to-dos?|list|pending|left|remaining|open|outstanding|due|overdue|completed|done|finish(?:ed)?|to\s+do|agenda|on\s+my\s+plate|priority|urgent|important|everything|anything|search|find|look\s+for)\b/#
        guard key.firstMatch(of: asks) != nil, key.firstMatch(of: about) != nil else { return nil }

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
        query.priority = PriorityPhrase.named(in: rest.replacing(#/\b(?:first|top)\b/#, with: ""))
        query.tag = tag(in: rest, inferred: query.search == nil)
        query.sort = sort(in: rest) ?? (query.dueBefore == nil ? nil : "due")
        return query
    }

    private static func search(in key: String) -> (term: String, rest: String)? {
        let patterns = [
            #/^(?:search|look)\s+(?:for\s+|up\s+)?(?:(?:my\s+|all\s+)?(?:tasks?|todos?)\s+)?(?:(?:about|for|with|mentioning|containing|matching|called|named|titled|regarding)\s+)?(.+)$/#,
            #/^find\s+(?:me\s+)?(?:(?:all\s+|my\s+|the\s+)*(?:tasks?|todos?)\s+)?(?:(?:about|for|with|mentioning|containing|matching|called|named|titled|regarding)\s+)?(.+)$/#,
            #/\b(?:tasks?|todos?|anything|something)\s+with\s+(.+?)\s+in\s+(?:them|it|the\s+(?:title|name))$/#,
            #/\b(?:tasks?|todos?|anything|something|stuff)\s+(?:about|mentioning|containing|matching|related\s+to|regarding|with\s+the\s+word|called|named|titled)\s+(.+)$/#,
        ]
        for pattern in patterns {
            guard let match = key.firstMatch(of: pattern) else { continue }
            let term = String(match.output.1).replacing(#/^(?:the|my|a|an)\s+|\s+(?:tasks?|todos?|ones?|items?)$/#, with: "").trimming(" \"'.,!?")
            guard !term.isEmpty else { continue }
            return (term, key.removing(match.output.1.startIndex..<match.output.1.endIndex))
        }
        return nil
    }

    private static func status(in key: String) -> String? {
        if key.firstMatch(of: #/\b(?:not\s+(?:yet\s+)?(?:done|completed|finished)|unfinished|incomplete|undone)\b/#) != nil {
            return "pending"
        }
        if key.firstMatch(of: #/\b(?:completed|done|finished|complete|ticked\s+off|checked\s+off)\b|\bdid\s+i\s+(?:finish|complete|do)\b/#) != nil {
            return "completed"
        }
        if key.firstMatch(of: #/\b(?:pending|left|remaining|open|outstanding|to\s*-?\s*do|todo|have\s+to|need\s+to|should\s+i|on\s+my\s+plate|still|overdue|agenda)\b/#) != nil {
            return "pending"
        }
        if key.firstMatch(of: #/\b(?:all|everything|every\s+task)\b/#) != nil {
            return "all"
        }
        return nil
    }

    private static func dueBefore(in key: String) -> String? {
        if key.firstMatch(of: #/\b(?:this|the)\s+week\b|\bend\s+of\s+(?:the\s+)?week\b/#) != nil { return "end of week" }
        if key.firstMatch(of: #/\boverdue\b/#) != nil { return "today" }
        guard key.firstMatch(of: #/\b(?:due|today|tonight|tomorrow|by|before|until|next\s+week|in\s+\w+\s+(?:days?|weeks?))\b/#) != nil
        else { return nil }
        return DuePhrase.extract(from: key)?.due
    }

    /// `inferred` allows "work tasks" to name a tag; a search already took the topic words.
    private static func tag(in key: String, inferred: Bool) -> String? {
        if let match = key.firstMatch(of: #/#([\w-]+)|\b(?:tagged|tag|labelled|labeled|label)\s+#?([\w-]+)/#),
           let tag = TagPhrase.normalise(match.output.1 ?? match.output.2 ?? "") {
            return tag
        }
        if inferred, let match = key.firstMatch(of: #/\b([\w-]+)\s+(?:tasks|todos|to-dos|items|stuff|list)\b/#) {
            let word = String(match.output.1)
            if !notTags.contains(word), let tag = TagPhrase.normalise(word) { return tag }
        }
        let contexts = TagPhrase.contexts.joined(separator: "|")
        if let regex = try? Regex<(Substring, Substring)>("\\b(?:for|at)\\s+(" + contexts + ")\\b"),
           let match = key.firstMatch(of: regex) {
            return String(match.output.1)
        }
        return nil
    }

    private static func sort(in key: String) -> String? {
        if key.firstMatch(of: #/\bby\s+(?:due\s+date|due|deadline|date)\b|\bsoonest\b/#) != nil { return "due" }
        if key.firstMatch(of: #/\bby\s+(?:priority|importance)\b|\bmost\s+important\s+first\b/#) != nil { return "priority" }
        if key.firstMatch(of: #/\balphabetical(?:ly)?\b|\bby\s+(?:title|name)\b|\ba\s*-\s*z\b/#) != nil { return "title" }
        if key.firstMatch(of: #/\b(?:newest|oldest|by\s+creation|by\s+(?:date\s+)?created)\b/#) != nil { return "created" }
        return nil
    }
}
