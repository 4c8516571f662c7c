/// A message of two clauses where one is the request and the other only explains or
/// repeats it: "the team meeting got cancelled, bin the notes task", "we sold the bike so
/// scrap fixing it", "sarah's been emailed, cross it off", "rent doesn't repeat any more,
/// stop the recurrence".
///
/// News first, then a change: the change is read alone, and a pronoun in it ("it", "her")
/// is put in terms of the news (``ReasonReferent``), or aimed at the task the news names when
/// the news reads as the same change; a change that names its own task never takes words
/// from the news. A change first, then words that only repeat it ("stop the
/// recurrence", "cross it off"): the first clause is the request. Anything else is left to
/// the other rules, so two requests are never cut to one.
enum ClausePair {
    static let split = Pattern(#/(?i)^(.+?)(?:\s*[,;–—]\s*(?:so\s+|and\s+)?|\.\s+(?=[a-z])|\s+so\s+(?!(?:often|much|many|soon|early|late|far|frequently|regularly|long)\b)|\s+-\s+)(.+)$/#,
                               example: "we sold the bike so scrap fixing it")
    /// "The garage cleaning: please set it to medium": a topic set off by a colon.
    static let colon = Pattern(#/^([^:]+?)\s*:\s+(.+)$/#, example: "The garage cleaning: set it to medium")
    /// The last pause instead: "trip's off so i don't need the flights, get rid of it".
    static let lastSplit = Pattern(#/(?i)^(.+)(?:\s*[,;–—]\s*(?:so\s+|and\s+)?|[.!?]+\s+|\s+-\s+|\s+so\s+(?=(?:those|these|they|both|all)\b))(.+?)$/#,
                                   example: "trip's off so no flights, get rid of it")
    /// Words after a change that only say it again, naming no task.
    static let restatement = Pattern(#/(?i)^(?:(?:pls|please|just|so|you\s+(?:can|may|could)|(?:can|could|should)\s+i|(?:can|could|would)\s+you|can|could|help\s+me\s+to)\s+)*(?:(?:stop|end|cancel|remove|clear|kill|drop|turn\s+off)\s+(?:the\s+|its\s+)?(?:recurrence|repeat|repetition|repeating|recurring)|(?:cross|tick|check|strike|knock|mark)\s+(?:it|that|this|them|em)(?:\s+(?:one|task|item|ticket|action\s+item))?\s+off(?:\s+(?:the|my)\s+list)?|close\s+(?:it|that|this)(?:\s+(?:one|task|item|ticket|action\s+item))?(?:\s+(?:out|off))?|(?:put|add|set)\s+(?:also\s+)?(?:the\s+)?(?:hour|time|date)(?:\s+(?:too|also|as\s+well))?|(?:it|that|this)(?:\s+one)?\s+(?:can|could|should)\s+be\s+(?:marked|ticked|crossed|checked)\s+off|(?:delete|remove|bin|scrap|drop|ditch|lose|get\s+rid\s+of)(?:\s+(?:it|that|this))?(?:\s+(?:from|off)\s+(?:the|my)\s+list)?|(?:take|get)\s+(?:it|that|this)\s+off\s+(?:the|my)\s+list|mark\s+(?:it|that|this)(?:\s+(?:as\s+)?(?:done|completed?|finished))?(?:\s+here)?|make\s+(?:it|that|this)\s+(?:repeat|recur)(?:ring|ing)?|(?:bump|push|move|kick)\s+(?:it|that|this)\s+up(?:\s+the\s+list)?|prioriti[sz]e\s+(?:it|that|this)|(?:all\s+)?(?:sorted|done|finished)|(?:it'?s\s+|it\s+)?(?:(?:proper|really|very|super|dead|well)\s+)?(?:urgent|important)(?:\s+(?:now|bad|still))?|(?:those|these|they|both|all)(?:\s+(?:two|three|four|of\s+them))?(?:\s+(?:are|were))?\s+(?:all\s+)?(?:done|sorted|finished|complete))$/#,
                                     example: "stop the recurrence")

    static func intent(in text: String) -> Intent? {
        let last = text.wholeMatch(of: Self.lastSplit.regex).map { (String($0.output.1), String($0.output.2)) }
        if let (first, second) = last, let intent = restated(first, by: second) { return intent }
        return [text.wholeMatch(of: Self.split.regex).map { (String($0.output.1), String($0.output.2)) }, last]
            .lazy.compactMap { $0.flatMap { intent($0.0, then: $0.1) } }.first
    }

    static let possessive = Pattern(#/(?i)'s(?=\s+[a-z])/#, example: "Sarah's email")
    /// "the task of the garage": the words before a topic's name.
    static let topicLead = Pattern(#/(?i)^(?:(?:for|about|regarding|re|as\s+for)\s+(?=the\s|my\s))?(?:(?:the\s+)?(?:task|one|item|reminder|thing)\s+(?:of|about|for|with)\s+)?/#,
                                   example: "the task of the garage")

    /// "the flights, I have booked them", "the renew passport, put it for the 15th": a task
    /// named first, on its own, then a change aimed at it by a pronoun. A name is a few words
    /// and no number: "typo in task 4, should be …" is a rename of task 4.
    static func topic(in text: String) -> Intent? {
        let pauses = [text.wholeMatch(of: Self.split.regex), text.wholeMatch(of: Self.colon.regex)].compactMap(\.self)
            .map { (String($0.output.1), String($0.output.2)) }
        // "garage task delete it": the topic and its change with no pause between them.
        let unpaused = text.wholeMatch(of: Self.verbAfterTopic.regex).map { (String($0.output.1), String($0.output.2)) }
        return (pauses.prefix(1) + [unpaused].compactMap(\.self)).lazy.compactMap { topic($0.0, then: $0.1) }.first
    }

    /// "garage task delete it", "flights put also tag family", "task nr. 6 make it done": a
    /// task's name and then, unpaused, a change for it.
    static let verbAfterTopic = Pattern(#/(?i)^(?!(?:put|add|make|set|give|can|could|would|please|pls|then|so|and|ok|okay|now|also|just|i|we|you|no|nah|yes|yeah|it|that|this|they|he|she)\b)((?:[\w'.#][\w'.#-]*\s+){0,4}?[\w'.#][\w'.#-]*)\s+((?:(?:please|pls|kindly|you\s+(?:can|could|may)|can\s+you)\s+)?(?:make|put|set|change|delete|remove|move|push|mark|tick|cross|bin|scrap|drop|cancel|tag|give)\b.*)$/#,
                                        example: "garage task delete it")
    /// "task 6", "nr. 6": a topic that is a task's number alone.
    static let numberedTopic = Pattern(#/(?i)^(?:the\s+)?(?:(?:task|item|todo|number|no\.?|nr\.?)\s*)+#?\d{1,9}$|^#\d{1,9}$/#, example: "task nr. 6")

    private static func topic(_ first: String, then second: String) -> Intent? {
        // "Sarah's email": a possessive before a noun names a task, where "the bike's" alone is news.
        let unpossessed = first.replacing(Self.possessive.regex, with: "")
        // "the 2nd one, move it …": a place in the list is a number that names a task too.
        var numbered = first.wholeMatch(of: Self.numberedTopic.regex) != nil
        if case .position? = TaskTargetParser.parse(first) { numbered = true }
        guard first.split(separator: " ").count <= 5, numbered || !first.contains(where: \.isNumber), !ReasonReferent.isStatement(unpossessed),
              let (change, target) = aimedChange(in: second),
              let topic = TaskTargetParser.parse(numbered ? first : first.replacing(Self.topicLead.regex, with: ""))
        else { return nil }
        // "the one due on tuesday, I've done it", "task 6 make it done", "the first one - push it
        // to next week": a topic named by its day, its number or its place in a list.
        switch topic {
        case .dueOn, .id, .numbered, .position, .lastListed: return target == .pronoun ? .change(change, of: topic) : nil
        default: break
        }
        // "update the bike so it's due friday": a change begun, not a task named.
        guard case .words(let words) = topic, IntentParser.rules(Utterance(first)) == nil,
              !first.lowercased().split(separator: " ").prefix(1).contains(where: { IntentParser.changeVerbs.contains(String($0)) })
        else { return nil }
        switch target {
        case .pronoun:
            return .change(change, of: .words(words))
        case .words(let said):
            // "I have booked them": the deed's words, with the topic for its object.
            var deed = said.split(separator: " ")
            guard deed.count == 2, let object = deed.last, EnglishWords.thingPronouns.contains(object.lowercased()) else { return nil }
            deed.removeLast()
            return .change(change, of: .words(deed.joined(separator: " ") + " " + words))
        default:
            return nil
        }
    }

    /// "any open ones with no date, set them all to next week": tasks picked by a filter, then
    /// a change aimed at them by a pronoun.
    static func selection(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: Self.split.regex) ?? text.wholeMatch(of: Self.colon.regex),
              let selection = TaskSelection.parse(String(match.output.1)),
              let (change, target) = aimedChange(in: String(match.output.2)), [.pronoun, .all, .words("them all")].contains(target)
        else { return nil }
        return .change(change, of: .matching(selection))
    }

    /// "trips cancelled so I don't need the flights anymore, get rid of it": everything before
    /// a closing restatement is read whole, as a message of its own, and the restatement's
    /// own change ("get rid of it") wins over the one the news implies.
    private static func restated(_ first: String, by second: String) -> Intent? {
        // "rang the dentist and booked the flights, so those two are done": each named, then counted.
        if second.wholeMatch(of: Self.restatement.regex) != nil, case .sequence(let parts)? = IntentParser.reading(first).ruled,
           parts.allSatisfy({ if case .change(_, let target) = $0 { !ReasonReferent.hasPronoun(target) } else { false } }) {
            return .sequence(parts)
        }
        guard second.wholeMatch(of: Self.restatement.regex) != nil,
              case .change(let implied, let target)? = IntentParser.reading(first).ruled,
              target != .pronoun, target != .all
        else { return nil }
        guard case .change(let said, _)? = IntentParser.rules(Utterance(second)) else { return .change(implied, of: target) }
        // "sold the bike, get rid of it": news read as a completion names the task with its
        // verb; a deletion is about the thing alone.
        guard said != implied, let thing = ReasonReferent.resolving(.pronoun, after: first, change: said) else {
            return .change(said, of: target)
        }
        return .change(said, of: thing)
    }

    private static func intent(_ first: String, then second: String) -> Intent? {
        // "done, picked it up on the way home": "it" is the task named before the message.
        guard first.wholeMatch(of: DoneStatement.stateWord.regex) == nil else { return nil }
        let firstChange = namedChange(IntentParser.rules(Utterance(first)))
        // "add code review for maya's pr, tag it work": a request to add is never news.
        if ReasonReferent.isStatement(first), AddParser.explicitBody(of: first) == nil,
           case .change(let change, let target)? = IntentParser.rules(Utterance(second)),
           target != .all {
            // "the 2nd one is done. oh and delete the first": news that names a task by its place
            // or number is a request of its own, not the reason for another.
            if let firstChange, firstChange.target.isPlaceOrNumber, firstChange.target != target, !ReasonReferent.hasPronoun(target) { return nil }
            guard ReasonReferent.hasPronoun(target) else { return .change(change, of: target) }
            if let firstChange, firstChange.change.isSameKind(as: change) { return .change(change, of: firstChange.target) }
            // "we won't be fixing the bike, just sold it": news that a task is off is the
            // request itself, and what follows only says why.
            if let firstChange, firstChange.change == .delete { return .change(.delete, of: firstChange.target) }
            if let resolved = ReasonReferent.resolving(target, after: first, change: change), !ReasonReferent.hasPronoun(resolved) {
                return .change(change, of: resolved)
            }
            return nil
        }
        guard second.wholeMatch(of: Self.restatement.regex) != nil, let firstChange else { return nil }
        return .change(firstChange.change, of: firstChange.target)
    }

    /// The change `text` asks for, read alone or with a reason cut off ("delete it please, my
    /// wife has done the shopping").
    /// The one change `text` asks for; "push it to monday and bump it to high" is one, made
    /// of two edits to the same task.
    private static func aimedChange(in text: String) -> (TaskChange, TaskTarget)? {
        var ruled = IntentParser.reading(text).ruled
        if case .sequence(let parts)? = ruled, case let joined = Intent.joiningUpdates(parts), joined.count == 1 {
            ruled = joined[0]
        }
        guard case .change(let change, let target)? = ruled else {
            // "you can delete", "put medium": the object left out, as the topic already named it.
            guard let verb = text.prefixMatch(of: Self.objectlessVerb.regex), text.firstMatch(of: Self.object.regex) == nil else { return nil }
            return aimedChange(in: text[..<verb.range.upperBound] + " it" + text[verb.range.upperBound...])
        }
        // "make priority low", "put also tag family": words left where the task would be.
        if case .words(let words) = target, Set(words.lowercased().split(separator: " ").map(String.init)).isSubset(of: Self.objectless) {
            return (change, .pronoun)
        }
        return (change, target)
    }

    private static let objectless: Set<String> = ["priority", "prio", "tag", "tags", "label", "also", "too", "and", "please", "pls", "just", "the", "its", "on", "as", "now"]
    static let objectlessVerb = Pattern(#/(?i)(?:(?:please|pls|kindly|you\s+(?:can|could|may)|can\s+you)\s+)?(?:make|put|set|delete|remove|bin|scrap|drop|cancel|complete|finish|close)\b/#,
                                        example: "you can delete")
    static let object = Pattern(#/(?i)\b(?:it|them|that|this|those|these|task|one|#?\d+)\b/#, example: "delete it")

    /// A change aimed at a task the clause names itself, not through a pronoun.
    private static func namedChange(_ intent: Intent?) -> (change: TaskChange, target: TaskTarget)? {
        guard case .change(let change, let target)? = intent, !ReasonReferent.hasPronoun(target) else { return nil }
        return (change, ReasonReferent.withoutAuxiliaries(target))
    }
}

extension TaskChange {
    /// Both completions, both deletions or both updates: "finished with the garage, cross it
    /// off" says one thing twice, while in "sarah's left the company so no need to email her"
    /// the news is no completion of its own.
    func isSameKind(as other: TaskChange) -> Bool {
        switch (self, other) {
        case (.complete, .complete), (.delete, .delete), (.update, .update): true
        default: false
        }
    }
}
