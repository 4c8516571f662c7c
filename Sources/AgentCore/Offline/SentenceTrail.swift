/// A request, then sentences that only say more about the task it names: "add pick up the dry
/// cleaning. put it on saturday", "add renew car insurance! tag it car and make it due end of
/// the month", "dentist isn't urgent anymore. make it low. and move it to next week".
///
/// Read as that one request with every field said after it, when each later sentence is a
/// change to "it" made of fields alone (a date, a level, a repeat, tags to add, a note) or a
/// few words of chat ("lol", "thanks"). Anything else is a request of its own, for
/// ``CompoundSplitter`` to find.
enum SentenceTrail {
    /// Where a sentence ends, and where "… and make it …" starts another about the same task.
    static let boundary = Pattern(#/(?i)\s*[.;!?]+\s+|\s*(?:,\s*|\s+)(?:and|&)\s+(?=(?:make|tag|put|set|give|label|move|push|mark)\s+(?:it|them)\b)/#,
                                  example: ". ")
    /// "oh and", "ok and also": the words that open a sentence going on from the last.
    static let opening = Pattern(#/(?i)^(?:(?:oh|ok|okay|and|also|plus|then|oh\s+yeah|btw)\s*,?\s+)+/#, example: "oh and ")
    /// "it's work stuff so": the reason before the field it leads to.
    static let because = Pattern(#/(?i)^(?:it'?s|it\s+is|that'?s|they'?re)\s+[^,]{1,30}?\s+so\s+/#, example: "it's work stuff so ")
    /// "do it by", "it repeats", "both": words that only point back at the task.
    static let pointing = Pattern(#/(?i)^(?:(?:do|get|have)\s+(?:it|them)\s+(?:done\s+)?(?=by\b|before\b|on\b|for\b)|(?:it|they|that|the\s+same\s+one|same\s+one)\s+(?:repeats?|recurs?|happens?|comes?\s+round|should\s+be|needs?\s+to\s+be|has\s+to\s+be|is)\s+|(?:give|set)\s+(?:it|them)\s+a\s+(?:due\s+)?date(?:\s+(?:of|for))?\s*[,:\-–]?\s*|(?:both|all\s+of\s+them|all|each)\s+(?:are\s+|should\s+be\s+)?|there(?:'?s|\s+is)\s+(?=no\b))/#,
                                  example: "do it by ")
    /// "lol", "thanks!", the "oh" of "oh and tag it …", "would you change it": a sentence that
    /// asks for nothing the sentence before did not.
    static let chat = Pattern(#/(?i)(?:oh|and|also|so|then|plus|btw|lol|lmao|haha|thanks|thank\s+you|ta|cheers|ok|okay|cool|great|nice|perfect|please|pls|x+|(?:change|update|amend|alter|do|sort|fix)\s+(?:it|that|this)(?:\s+for\s+me)?)[\s.!]*/#, example: "lol")

    /// "tag home and diy", "label it work, urgent-ish": tags and nothing else.
    static let tagsOnly = Pattern(#/(?i)(?:tag|label)(?:\s+(?:it|them))?\s+(?:as\s+|with\s+)?(#?[\w-]+(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)#?[\w-]+)*)/#,
                                  example: "tag home and diy")
    static let tagList = Pattern(#/(?i)\s*,\s*|\s+and\s+|\s*&\s*/#, example: " and ")

    static func intent(in text: String) -> Intent? {
        let pieces = text.split(separator: boundary.regex).map { String($0).trimming(" ") }.filter { !$0.isEmpty }
        guard pieces.count >= 2, let head = pieces.first else { return nil }
        var edits = TaskEdits()
        for piece in pieces.dropFirst() {
            let said = piece.replacing(opening.regex, with: "").replacing(because.regex, with: "")
            let trimmed = Utterance(said).core
            if trimmed.isEmpty || trimmed.wholeMatch(of: chat.regex) != nil { continue }
            guard let more = fields(in: trimmed.replacing(pointing.regex, with: "")) else { return nil }
            edits.take(more)
        }
        guard edits != TaskEdits() else { return nil }
        if let request = IntentParser.reading(head).ruled { return request.with(edits) }
        return nil
    }

    /// "meeting notes. replace its tags with admin and q4", "is emailing sarah still on my list?
    /// i sent it this morning so mark it done": a task named alone or asked about, then a
    /// change to "it", is that change to the task named. A question is read so before anything
    /// else; a name alone, or news of a task before "tick it" or "bin it", only when the rules
    /// read the message no other way (`asked` false).
    static func topicFirst(in text: String, asked: Bool) -> Intent? {
        let sentences = text.split(separator: ListParser.sentenceEnd.regex).map { String($0).trimming(" ") }
        guard sentences.count == 2, let head = sentences.first, let next = sentences.last,
              head.wholeMatch(of: chat.regex) == nil, !FieldsAlone.namesAField(head)
        else { return nil }
        let said = Utterance(next.replacing(opening.regex, with: "").replacing(leadUp.regex, with: ""))
        guard case .change(let change, .pronoun)? = IntentParser.rules(said) else { return nil }
        let named: String
        switch IntentParser.reading(head).ruled {
        case nil where !asked && head.split(separator: " ").count <= 4 && head.firstMatch(of: Self.statement.regex) == nil:
            named = Utterance(head).core
        // "The garage is clean as a whistle. Tick it please.": news of a task, then done with it.
        case nil where !asked && (change == .complete || change == .delete) && head.firstMatch(of: Self.statement.regex) != nil:
            named = Utterance(head).core
        case .askStatus(let question)? where asked:
            named = question.words
        case .list(let query)? where asked && query.search != nil:
            named = query.search ?? ""
        default:
            return nil
        }
        guard let target = TaskTargetParser.parse(named), case .words = target else { return nil }
        return .change(change, of: target)
    }

    /// "the bike's not home now": a sentence that says something, where a name only names.
    static let statement = Pattern(#/(?i)\b(?:is|are|was|were|isn'?t|aren'?t|not|no|'s|am)\b/#, example: "the bike's not home now")

    /// "i sent it this morning so": what led to the request, said before it.
    static let leadUp = Pattern(#/(?i)^[^,.]{1,50}?\s+so\s+(?=(?:mark|tick|cross|make|tag|move|push|put|set|delete|remove|bin|drop|give|change)\b)/#,
                                example: "i sent it this morning so mark it done")

    /// The fields of a sentence about "it", or `nil` when it says anything else.
    private static func fields(in sentence: String) -> TaskEdits? {
        let utterance = Utterance(sentence)
        if let match = utterance.core.wholeMatch(of: tagsOnly.regex) {
            let tags = match.output.1.split(separator: tagList.regex).map { String($0).trimming("#").lowercased() }
            return TaskEdits(tags: .adding(tags))
        }
        if let found = FieldsAlone.edits(in: utterance.core.replacing(FieldsAlone.saidOfIt.regex, with: "")) { return found.edits }
        // "christmas eve.": a sentence that is only a day is the task's due date.
        if let found = FieldsAlone.edits(in: "due " + utterance.core), found.edits == TaskEdits(due: found.edits.due) { return found.edits }
        guard case .change(.update(let edits), .pronoun)? = IntentParser.rules(utterance),
              edits.title == nil, edits.titleSubstitution == nil, edits.priorityStep == nil, edits.shift == nil,
              edits.completed == nil, edits.cleared.isEmpty
        else { return nil }
        if let tags = edits.tags, case .adding = tags {} else if edits.tags != nil { return nil }
        return edits
    }
}

private extension Intent {
    /// The request with the later sentences' fields, or `nil` when it is no request they fit:
    /// only a new task, or a change of fields to a task (named, or "it" itself), takes them.
    func with(_ edits: TaskEdits) -> Intent? {
        switch self {
        case .add(let task):
            return .add(task.with(edits))
        case .addMany(let tasks):
            return .addMany(tasks.map { $0.with(edits) })
        case .change(.update(var own), let target) where target != .all && own.completed == nil:
            own.take(edits)
            return .change(.update(own), of: target)
        default:
            return nil
        }
    }
}
