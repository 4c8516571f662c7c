/// Recognises tags added to, removed from or set on an existing task.
///
/// `update_task` replaces a task's tags, so each reading says which of the three the user
/// meant: "tag the report with q4" adds, "untag the bike home" removes, "retag the report
/// as work only" replaces. The engine resolves adds and removes against the task's tags.
enum TagEditParser {
    /// A pattern capturing the task's words, then the tag.
    typealias TargetThenTag = Pattern<(Substring, Substring, Substring)>

    /// "add the q4 tag to the report", "stick a home label on task 3", "tag X with q4 too".
    static let adding: [TargetThenTag] = [
        Pattern(#/(?i)^(?:also\s+)?(?:tag|label)\s+(.+?)\s+(?:with|as)\s+#?([\w-]+)\s+(?:too|as\s+well|also)$/#, example: "tag the report with q4 too"),
        Pattern(#/(?i)^(.+?)\s+(?:should|must|needs\s+to|can|could)\s+(?:also\s+be|be\s+also|be)\s+(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?['"#]?([\w-]+)['"]?$/#,
                example: "the report should also be tagged q4"),
        Pattern(#/(?i)^(?:add|put|stick|file|move)\s+(.+?)\s+(?:to|in|into|under|on)\s+(?:the|my|a)\s+#?([\w-]+)\s+(?:tag|label|category)$/#,
                example: "add the groceries to my shopping tag"),
        Pattern(#/(?i)^(?:put|file|tag|label|add)\s+(.+?)\s+(?:under|in|into|as|with)\s+#?([\w-]+)\s+as\s+well\s+as\s+#?[\w-]+$/#,
                example: "put the groceries under errands as well as shopping"),
        Pattern(#/(?i)^(.+?)\s+(?:also\s+)?(?:needs|wants|should\s+have|could\s+use|could\s+do\s+with)\s+(?:also\s+)?(?:an?|the)\s+#?([\w-]+)\s+(?:tag|label)(?:\s+(?:too|as\s+well))?$/#,
                example: "groceries also needs an errands tag"),
    ]
    /// The tag first: "add the q4 tag to the report".
    /// The word "tag" first: "add the label 'travel' to the passport task".
    static let addingLabelFirst = Pattern(#/(?i)^(?:add|put|stick|apply|attach|slap|assign)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?(?:tag|label)\s+(?:called\s+|named\s+|of\s+)?['"#]?([\w-]+)['"]?\s+(?:to|on|onto)\s+(.+)$/#,
                                          example: "add the label 'travel' to the passport task")
    /// "add christmas to the tags on the shopping one".
    static let addingToTags = Pattern(#/(?i)^(?:add|put|stick|include)\s+#?([\w-]+)\s+(?:to|in|into|onto|among)\s+(?:the\s+)?(?:tags|labels)\s+(?:on|of|for)\s+(.+)$/#,
                                      example: "add christmas to the tags on the shopping one")
    static let addingTagFirst = Pattern(#/(?i)^(?:add|put|stick|apply|attach|slap)\s+(?:the\s+|a\s+|an\s+)?#?([\w-]+)\s+(?:tag|label)\s+(?:to|on|onto)\s+(.+)$/#,
                                        example: "add the q4 tag to the report")

    /// "untag the bike home", "the bike isn't #home any more".
    static let removing: [TargetThenTag] = [
        Pattern(#/(?i)^(?:untag|un-tag|unlabel|un-label)\s+(.+?)\s+(?:as\s+)?#?([\w-]+)$/#, example: "untag the bike home"),
        Pattern(#/(?i)^(.+?)\s+(?:isn'?t|is\s+not|shouldn'?t\s+be|should\s+not\s+be|is\s+no\s+longer|isn'?t\s+really)\s+(?:(?:tagged|labell?ed)\s+(?:as\s+)?#?|#)([\w-]+)(?:\s+(?:any\s*more|any\s+longer|now))?$/#,
                example: "the bike isn't #home any more"),
    ]
    /// The tag first: "remove the tag home from the bike", "drop #home from task 3",
    /// "take the home tag off the bike", "untag #home from task 3". "#6" is a task and
    /// "my list" the list itself: "take #6 off my list" deletes a task.
    static let removingTagFirst = Pattern(#/(?i)^(?:remove|delete|drop|take|strip|clear|untag|un-tag)\s+(?:the\s+)?(?:(?:tag|label)\s+#?([\w-]+)|#(?!\d+\s)([\w-]+)|([\w-]+)\s+(?:tag|label))\s+(?:off\s+of|off|from|out\s+of)\s+(?!(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos)$)(.+?)(?:'s\s+tags)?$/#,
                                          example: "remove the tag home from the bike")

    /// "retag X as work only", "X's tags should be just work", "tag X with work only".
    static let replacing: [TargetThenTag] = [
        Pattern(#/(?i)^(?:change|switch|swap|set)\s+(?:the\s+)?(.+?)(?:'s)?\s+(?:tag|label)s?\s+(?:to|for)\s+#?([\w-]+)(?:\s+instead\s+of\s+#?[\w-]+)?$/#,
                example: "change the groceries tag to home instead of shopping"),
        Pattern(#/(?i)^(?:retag|re-tag|relabel|re-label)\s+(.+?)\s+(?:as|with|to)\s+(?:just\s+|only\s+)?#?([\w-]+)(?:\s+only)?$/#, example: "retag the report as work only"),
        Pattern(#/(?i)^(.+?)(?:'s)?\s+(?:tags?|labels?)\s+(?:should\s+be|must\s+be|are\s+now|is\s+now|should\s+just\s+be|should\s+only\s+be)\s+(?:just\s+|only\s+)?#?([\w-]+)(?:\s+only)?$/#,
                example: "the report's tags should be just work"),
        Pattern(#/(?i)^(?:tag|label)\s+(.+?)\s+(?:with|as)\s+(?=just\s|only\s|[#\w-]+\s+only$)(?:just\s+|only\s+)?#?([\w-]+)(?:\s+only)?$/#,
                example: "tag the report with work only"),
        Pattern(#/(?i)^(.+?)\s+should\s+(?:only\s+be|be\s+only|just\s+be|be\s+just)\s+(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?#?([\w-]+)$/#, example: "the report should only be tagged work"),
        Pattern(#/(?i)^(?:set|change|make)\s+(?:the\s+)?(?:tags?|labels?)\s+(?:of|on|for)\s+(.+?)\s+(?:to|as)\s+(?:just\s+|only\s+)?#?([\w-]+)(?:\s+only)?$/#, example: "set the tags of task 4 to work"),
    ]

    /// "change the tags on task 4 to work and admin", "replace the labels of the report with a, b and c",
    /// "replace its tags with admin and q4" (or with one), "replace sarahs tags with clients".
    static let replacingSeveral = Pattern(#/(?i)^(?:set|change|make|replace|switch)\s+(?:(?:the\s+)?(?:tags|labels)\s+(?:of|on|for)\s+(.+?)|(?:its|their|it's)\s+(?:tags|labels)|(?:the\s+)?(.+?)(?:'s|s'|s)\s+(?:tags|labels))\s+(?:to|as|with|for)\s+((?:just\s+|only\s+)?#?[\w-]+(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*[&+]\s*)#?[\w-]+)*)(?:\s+only)?$/#,
                                          example: "change the tags on task 4 to work and admin")

    /// "email sarah isn't work anymore, tag it personal instead": the tag it no longer has, then the one it has now.
    static let swapping = Pattern(#/(?i)^(.+?)(?:\s+(?:isn'?t|is\s+not|is\s+no\s+longer|aren'?t|are\s+not|are\s+no\s+longer|shouldn'?t\s+be)|'s\s+not|'s\s+no\s+longer)\s+(?:(?:tagged|labell?ed)\s+(?:as\s+)?)?(?:a\s+)?#?([\w-]+)(?:\s+(?:thing|task|one))?(?:\s+(?:any\s*more|any\s+longer|now))?\s*[,;.]?\s*(?:(?:so|just|please)\s+)?(?:tag|label|mark|file)\s+(?:it|that|this|them|those|these)\s+(?:as\s+|under\s+|with\s+)?#?([\w-]+)(?:\s+instead)?$/#,
                                  example: "email sarah isn't work anymore, tag it personal instead")

    /// One tag swapped for another; read before a news clause and its request are split apart.
    static func swap(in said: String) -> Intent? {
        let text = said.replacing(Self.ratherThan.regex, with: " instead of ")
            .replacing(Self.notOther.regex) { $0.output.1 + " instead of " + $0.output.2 }
        if let match = text.wholeMatch(of: Self.swapping.regex) ?? text.wholeMatch(of: Self.swappingOn.regex) {
            return swapped(match.output.2, for: match.output.3, on: match.output.1)
        }
        if let match = text.wholeMatch(of: Self.swappingInstead.regex) ?? text.wholeMatch(of: Self.swappingShouldBe.regex)
            ?? text.wholeMatch(of: Self.swappingTagsOf.regex) {
            return swapped(match.output.3, for: match.output.2, on: match.output.1)
        }
        if let match = text.wholeMatch(of: Self.swappingDropThenPut.regex), let old = match.output.1 ?? match.output.2 {
            return swapped(old, for: match.output.4, on: match.output.3)
        }
        if let match = text.wholeMatch(of: Self.swappingOwned.regex) {
            return swapped(match.output.2, for: match.output.3, on: match.output.1)
        }
        if let match = text.wholeMatch(of: Self.swappingFrom.regex) {
            return swapped(match.output.2, for: match.output.3, on: match.output.1)
        }
        if let match = text.wholeMatch(of: Self.swappingOfFrom.regex) {
            return swapped(match.output.2, for: match.output.3, on: match.output.1)
        }
        if let match = text.wholeMatch(of: Self.swappingThenName.regex), let old = match.output.1 ?? match.output.2 {
            return swapped(old, for: match.output.3, on: match.output.4)
        }
        if let match = text.wholeMatch(of: Self.swappingAfterName.regex),
           match.output.2 != nil || match.output.4 != nil || match.output.3.hasPrefix("#") {
            return swapped(match.output.3, for: match.output.5, on: match.output.1)
        }
        guard let match = text.wholeMatch(of: Self.swappingNamed.regex) else { return nil }
        return swapped(match.output.1, for: match.output.3, on: match.output.2)
    }

    /// "swap sarah's work tag for personal": the task's name as a possessive.
    static let swappingOwned = Pattern(#/(?i)^(?:swap|change|switch|replace)\s+(?:the\s+)?(.+?)(?:'s|')\s+#?([\w-]+)\s+(?:tag|label)\s+(?:for|to|with)\s+#?([\w-]+)$/#,
                                       example: "swap sarah's work tag for personal")
    /// "change the flights tag from travel to business".
    static let swappingFrom = Pattern(#/(?i)^(?:change|switch|swap|move)\s+(?:the\s+)?(.+?)(?:'s)?\s+(?:tag|label)\s+from\s+#?([\w-]+)\s+(?:to|for|into)\s+#?([\w-]+)$/#,
                                      example: "change the flights tag from travel to business")
    /// "flights swap travel tag for holiday", "meeting notes: change tag work to office": the
    /// task first, then the swap; the old tag is said with "#" or the word "tag", so that
    /// "the bike swap monday for tuesday" is no tag.
    static let swappingAfterName = Pattern(#/(?i)^(.+?)\s*[:,-]?\s+(?:swap|change|switch|replace)\s+(?:the\s+)?((?:tag|label)\s+)?(#?[\w-]+)(\s+(?:tag|label))?\s+(?:for|to|with)\s+(?:the\s+)?#?([\w-]+)(?:\s+(?:tag|label))?$/#,
                                           example: "flights swap travel tag for holiday")
    /// "change tag work to office on the meeting notes", "change tag of the notes from work to
    /// office": the swap first, the task last.
    static let swappingThenName = Pattern(#/(?i)^(?:swap|change|switch|replace)\s+(?:the\s+)?(?:(?:tag|label)\s+#?([\w-]+)|#?([\w-]+)\s+(?:tag|label))\s+(?:for|to|with|into)\s+#?([\w-]+)\s+(?:on|of|for|in)\s+(.+)$/#,
                                          example: "change tag work to office on the meeting notes")
    static let swappingOfFrom = Pattern(#/(?i)^(?:swap|change|switch)\s+(?:the\s+)?(?:tag|label)\s+(?:of|on|for)\s+(.+?)\s+from\s+#?([\w-]+)\s+(?:to|for|into)\s+#?([\w-]+)$/#,
                                        example: "change tag of meeting notes from work to office")

    /// "change the tags on task 9 to personal instead of work".
    static let swappingTagsOf = Pattern(#/(?i)^(?:change|switch|swap|set)\s+(?:the\s+)?(?:tags?|labels?)\s+(?:on|of|for)\s+(.+?)\s+to\s+#?([\w-]+)\s+instead\s+of\s+#?([\w-]+)$/#,
                                        example: "change the tags on task 9 to personal instead of work")
    /// "should be tagged home, not shopping": said as "instead of".
    static let notOther = Pattern(#/(?i)\b((?:tagged|labell?ed|filed\s+under|under)\s+(?:as\s+)?#?[\w-]+)\s*,?\s+(?:but\s+)?not\s+(?:as\s+)?#?([\w-]+)$/#,
                                  example: "tagged home, not shopping")
    /// "labelled office rather than work": said as "instead of".
    static let ratherThan = Pattern(#/(?i)\s+rather\s+than\s+/#, example: " rather than ")
    /// "retag the groceries as errands instead of shopping": the new tag, then the old one.
    static let swappingInstead = Pattern(#/(?i)^(?:re-?tag|tag|re-?label|label|file)\s+(.+?):?\s+(?:as\s+|with\s+|under\s+)?#?([\w-]+)\s+instead\s+of\s+#?([\w-]+)$/#,
                                         example: "retag the groceries as errands instead of shopping")
    /// "the notes should be labelled office instead of work" ("rather than" reads the same).
    static let swappingShouldBe = Pattern(#/(?i)^(.+?)\s+(?:should|must|needs\s+to|ought\s+to)\s+be\s+(?:tagged|labell?ed|filed\s+under|under)\s+(?:as\s+)?#?([\w-]+)\s+instead\s+of\s+#?([\w-]+)$/#,
                                          example: "the notes should be labelled office instead of work")
    /// "drop the shopping tag from the groceries and put food instead": the old tag taken off,
    /// then the new one put on.
    static let swappingDropThenPut = Pattern(#/(?i)^(?:remove|delete|drop|take|strip)\s+(?:the\s+)?(?:(?:tag|label)\s+#?([\w-]+)|#?([\w-]+)\s+(?:tag|label))\s+(?:off\s+of|off|from)\s+(.+?)\s*,?\s+and\s+(?:put|use|add|tag\s+it|label\s+it|make\s+it|give\s+it)\s+(?:(?:as|with)\s+)?#?([\w-]+)(?:\s+(?:tag|label))?(?:\s+(?:on\s+it|there))?(?:\s+instead)?$/#,
                                             example: "drop the shopping tag from the groceries and put food instead")
    /// "add tags finance and personal to the rent task", "put shopping and errands tags on task
    /// 10": several tags added at once, the word "tags" before or after them.
    static let addingSeveral = Pattern(#/(?i)^(?:add|put|stick|apply|attach|assign)\s+(?:the\s+)?(?:(tags|labels)\s+)?#?([\w-]+)(?:\s*,\s*#?([\w-]+))?\s*(?:,\s*)?(?:and|&|\+)\s+#?([\w-]+)(?:\s+(tags|labels))?\s+(?:to|on|onto)\s+(.+)$/#,
                                       example: "add tags finance and personal to the rent task")

    /// "the flights one, add tags xmas and family" (the tags already marked "#"): the task, then its new tags.
    static let namedThenTags = Pattern(#/(?i)^(?!(?:add|put|stick|new|create)\b)(.+?)\s*[,:;–-]\s*(?:(?:please|pls)\s+)?(?:add|put|stick|tag\s+(?:it|with))\s+((?:#[\w-]+\s*)+)$/#,
                                       example: "the flights one, add #xmas #family")
    /// "on the flights change the tag travel for holiday".
    static let swappingOn = Pattern(#/(?i)^(?:on|for)\s+(.+?)\s*,?\s+(?:swap|change|switch|replace)\s+(?:the\s+)?(?:tag|label)\s+#?([\w-]+)\s+(?:for|to|with|by)\s+#?([\w-]+)$/#,
                                    example: "on the flights change the tag travel for holiday")
    /// "swap the travel tag on book flights for vacation".
    static let swappingNamed = Pattern(#/(?i)^(?:swap|change|switch|replace)\s+(?:the\s+)?#?([\w-]+)\s+(?:tag|label)\s+(?:on|of|for)\s+(.+?)\s+(?:for|to|with|by)\s+#?([\w-]+)$/#,
                                       example: "swap the travel tag on book flights for vacation")

    private static func swapped(_ old: Substring, for new: Substring, on named: Substring) -> Intent? {
        guard let old = TagPhrase.normalise(old), let new = TagPhrase.normalise(new), let target = TaskTargetParser.parse(named)
        else { return nil }
        return .change(.update(TaskEdits(tags: .swapping(from: [old], to: [new]))), of: target)
    }

    static func parse(_ utterance: Utterance) -> Intent? {
        let text = utterance.core.replacing(UpdateParser.tagToo.regex, with: "")
        if let swapped = swap(in: text) { return swapped }
        if let match = text.wholeMatch(of: Self.addingTagFirst.regex) ?? text.wholeMatch(of: Self.addingLabelFirst.regex)
            ?? text.wholeMatch(of: Self.addingToTags.regex) {
            return intent(.adding, tag: match.output.1, target: match.output.2)
        }
        if let match = text.wholeMatch(of: Self.addingSeveral.regex), match.output.1 != nil || match.output.5 != nil {
            let tags = [match.output.2, match.output.3, match.output.4].compactMap { $0.flatMap(TagPhrase.normalise) }
            guard let target = TaskTargetParser.parse(match.output.6) else { return nil }
            return .change(.update(TaskEdits(tags: .adding(tags))), of: target)
        }
        if let match = text.wholeMatch(of: Self.replacingSeveral.regex) {
            let tags = match.output.3.split { $0 == "," || $0 == " " || $0 == "&" || $0 == "+" }
                .filter { !["and", "just", "only"].contains($0.lowercased()) }.compactMap(TagPhrase.normalise)
            let named = match.output.1 ?? match.output.2
            if named == nil, !tags.isEmpty { return .change(.update(TaskEdits(tags: .replacing(tags))), of: .pronoun) }
            if !tags.isEmpty, let named {
                guard let target = TaskTargetParser.parse(named) else { return nil }
                return .change(.update(TaskEdits(tags: .replacing(tags))), of: target)
            }
        }
        if let match = text.wholeMatch(of: Self.namedThenTags.regex) {
            let tags = match.output.2.split(separator: " ").compactMap(TagPhrase.normalise)
            guard !tags.isEmpty, let target = TaskTargetParser.parse(match.output.1) else { return nil }
            return .change(.update(TaskEdits(tags: .adding(tags))), of: target)
        }
        if let match = text.wholeMatch(of: Self.removingTagFirst.regex),
           let tag = match.output.1 ?? match.output.2 ?? match.output.3 {
            return intent(.removing, tag: tag, target: match.output.4)
        }
        for (kind, patterns) in [(Kind.replacing, Self.replacing), (.removing, Self.removing), (.adding, Self.adding)] {
            for pattern in patterns {
                guard let match = text.wholeMatch(of: pattern.regex) else { continue }
                return intent(kind, tag: match.output.2, target: match.output.1)
            }
        }
        return nil
    }

    private enum Kind {
        case adding, removing, replacing
    }

    private static func intent(_ kind: Kind, tag word: Substring, target words: Substring) -> Intent? {
        guard let tag = TagPhrase.normalise(word), let target = TaskTargetParser.parse(words) else { return nil }
        let edit: TagEdit = switch kind {
        case .adding: .adding([tag])
        case .removing: .removing([tag])
        case .replacing: .replacing([tag])
        }
        return .change(.update(TaskEdits(tags: edit)), of: target)
    }
}
