/// Fields said with no task and no verb: "low priority and due saturday", "high priority and
/// tag it suppliers". After "change the bike to" they are the change; said alone, right
/// after a task was added or named, they change that task.
enum FieldsAlone {
    /// The words that join fields said together: "low priority and due saturday".
    static let joiner = Pattern(#/(?i)(?:^|[\s,;&]+)(?:and|with|plus|also|make\s+it|be|due)(?=[\s,;&]|$)|[,;&]/#, example: "and due")

    /// What may be left beside the fields: "now", "too", "please".
    static let nothingElse = Pattern(#/(?i)[\s,.!]*(?:(?:now|then|instead|too|as\s+well|please|pls|thanks|is\s+(?:fine|better|good|ok(?:ay)?)|works(?:\s+better)?|would\s+be\s+(?:better|fine|good))\b[\s,.!]*)*/#, example: "now please")

    /// Whether `text` says a priority, a date or a repeat: a remark that does is part of the request.
    static func namesAField(_ text: String) -> Bool {
        PriorityPhrase.named(in: text.lowercased()) != nil || DuePhrase.extract(from: text) != nil || RecurrencePhrase.extract(from: text) != nil
    }

    /// The edits and how many fields were said, when `text` is nothing but fields and the
    /// words that join them.
    static func edits(in text: String) -> (edits: TaskEdits, count: Int)? {
        var edits = TaskEdits()
        var rest = text
        // Fields said, not fields set: "every friday" is one, though it sets a due date too.
        var count = 0
        if let found = PriorityPhrase.extract(from: rest) {
            edits.priority = found.priority
            rest = found.rest
            count += 1
        }
        if let found = RecurrencePhrase.extract(from: rest) {
            edits.recurrence = found.recurrence
            edits.due = found.due
            rest = found.rest
            count += 1
        }
        if edits.due == nil, let found = DuePhrase.extract(from: rest) {
            edits.due = found.due
            rest = found.rest
            count += 1
        }
        let tagged = TagPhrase.extractAll(from: rest)
        if !tagged.tags.isEmpty {
            edits.tags = .adding(tagged.tags)
            rest = tagged.rest
            count += 1
        }
        guard count > 0, rest.replacing(joiner.regex, with: " ").wholeMatch(of: nothingElse.regex) != nil
        else { return nil }
        return (edits, count)
    }

    /// "high priority and tag it suppliers" after "add order the hams": a change to the task
    /// the conversation named last. A lone date or tag is left to the other readers: "friday"
    /// and "#work" alone more often ask for a list; "due friday" does not.
    /// "that's every week", "it's weekly": the fields said of the task just named.
    static let saidOfIt = Pattern(#/(?i)^(?:and\s+)?(?:that'?s|it'?s|it\s+is|that\s+is|this\s+is|this\s+one'?s)\s+/#, example: "that's ")

    static func parse(_ utterance: Utterance) -> Intent? {
        // "due tomorrow pls" after an add: a date said with "due" is the task's, not a question.
        let dueSaid = utterance.key.hasPrefix("due ")
        guard !utterance.asked, let found = edits(in: utterance.core.replacing(Self.saidOfIt.regex, with: "")),
              found.count >= 2 || found.edits.priority != nil || found.edits.recurrence != nil || (dueSaid && found.edits.due != nil)
        else { return nil }
        return .change(.update(found.edits), of: .pronoun)
    }

    /// "the garage: high priority, due saturday, tag it home": a task named before a colon,
    /// then two or more fields for it and nothing else. Tags written as tags ("the bike:
    /// tags sport and weekend", which reads "#sport #weekend") are enough alone.
    static func namedThenFields(_ utterance: Utterance) -> Intent? {
        guard let match = utterance.core.wholeMatch(of: ClausePair.colon.regex),
              let found = edits(in: String(match.output.2).replacing(fieldVerbs.regex, with: "").replacing(tagNamed.regex) { " #" + $0.output.1 }),
              found.count >= 2 || (found.edits == TaskEdits(tags: found.edits.tags) && match.output.2.hasPrefix("#")),
              AddParser.explicitBody(of: String(match.output.1)) == nil,
              let target = TaskTargetParser.parse(String(match.output.1))
        else { return nil }
        return .change(.update(found.edits), of: target)
    }

    /// "task 4 p2", "#2 due fri 4pm", "item 6 #personal": a task named by its number, then
    /// fields alone, as a tracker's shorthand says them.
    static let numbered = Pattern(#/(?i)^((?:task|item|todo|number|#)\s*#?\d+)\s*[:,\-–—]?\s+(.+)$/#, example: "task 4 p2")

    static func numberedThenFields(_ utterance: Utterance) -> Intent? {
        guard let match = utterance.core.wholeMatch(of: numbered.regex), let found = edits(in: String(match.output.2)),
              let target = TaskTargetParser.parse(String(match.output.1))
        else { return nil }
        return .change(.update(found.edits), of: target)
    }

    /// "make it high, set it due friday, and add the holiday tag": verbs that only say a field follows.
    static let fieldVerbs = Pattern(#/(?i)\b(?:make\s+it|set\s+it(?:\s+to)?|give\s+it|put\s+it)\s+/#, example: "make it ")
    /// "add the holiday tag": a tag said by name.
    static let tagNamed = Pattern(#/(?i)(?:\s+|^)(?:add\s+|with\s+)?(?:the|a)\s+([\w-]+)\s+(?:tag|label)\b/#, example: "add the holiday tag")

    /// A date said as a correction ("*tuesday", "no, tuesday", "sorry I meant tuesday"): the
    /// date of the task just named.
    static func correctedDate(_ utterance: Utterance) -> Intent? {
        let said = utterance.whole.replacing(correction.regex, with: "").replacing(oldDate.regex, with: "")
        guard !utterance.asked, said.count < utterance.whole.count, let found = edits(in: said), found.edits.due != nil else { return nil }
        return .change(.update(found.edits), of: .pronoun)
    }

    /// "tuesday not friday": the date it had, said after the new one.
    static let oldDate = Pattern(#/(?i)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:on\s+)?(?:the\s+)?[a-z0-9]+$/#, example: " not friday")
    static let correction = Pattern(#/(?i)^(?:\*\s*|(?:no|nope|sorry|oops|whoops|actually|i\s+mean|i\s+meant|correction)\b[\s,:.!-]*)+|\s*\*$/#,
                                    example: "no, i meant ")
}
