/// What the engine makes of a message the rules did not read: the classifier's guess, acted
/// on only when the model is sure and the rule grammars fill every slot, asked about when it
/// is fairly sure, and left to the "I didn't understand" reply otherwise.
///
/// This is Snips' order: exact patterns first, then the statistical intent, then slots. The
/// model never writes on its own: a change goes through ``TargetLookup``, which acts only when
/// the words left name exactly one task and asks "Which one?" otherwise. An undo it guesses
/// is a suggestion that ``IntentResolver`` carries out only when the model was sure and the
/// conversation changed a task just before: otherwise undo would revert whatever the user
/// changed last, anywhere.
enum ClassifierFallback {
    /// Confidence needed to act; below it, down to ``askConfidence``, the engine asks.
    static let actConfidence = 0.9
    static let askConfidence = 0.5

    /// "don't add walk the dog": a request said with a "not" is never guessed at, since the
    /// guess would do what was asked not to be done. The rules read the ones they know ("don't
    /// need the gym task anymore").
    static let negated = Pattern(#/(?i)^(?:don'?t|dont|do\s+not|never|no\s+need\s+to|not)\b/#, example: "don't add walk the dog")

    /// The intent of a message no rule read, or `nil` to leave it unknown.
    static func intent(for utterance: Utterance) -> Intent? {
        let guess = guessed(for: utterance)
        switch guess {
        case nil, .unknown?: return errand(utterance) ?? guess
        case .suggest(let suggestion)? where suggestion.label != .add && !suggestion.sure: return errand(utterance) ?? guess
        default: return guess
        }
    }

    /// "renew the car tax", "ring mum": a thing to do said alone, which the model may take for
    /// a change or leave unread. It is offered as an add ("Did you mean to add …?", which a
    /// "yes" takes up), never added on a guess; "book me a taxi" asks this assistant for
    /// something else.
    private static func errand(_ utterance: Utterance) -> Intent? {
        let words = utterance.core.split(separator: " ")
        guard words.count >= 2, EnglishWords.startsATask(words[0].lowercased()), !["me", "us"].contains(words[1].lowercased()),
              utterance.core.firstMatch(of: negated.regex) == nil, !QuestionShape.isQuestion(utterance),
              utterance.whole.firstMatch(of: AddDoubt.venting.regex) == nil
        else { return nil }
        let task = AddParser.draft(from: utterance.core)
        guard !task.title.isEmpty, AddDoubt.reason(task.title) == nil else { return nil }
        return .suggest(Suggestion(label: .add, words: utterance.core))
    }

    private static func guessed(for utterance: Utterance) -> Intent? {
        guard utterance.core.firstMatch(of: negated.regex) == nil else { return nil }
        let guess = IntentClassifier.shared.classify(utterance.core)
        guard guess.confidence >= askConfidence else { return nil }
        let sure = guess.confidence >= actConfidence
        switch guess.label {
        case .help: return sure ? .help : nil
        case .greeting: return sure ? .greeting : nil
        case .thanks: return sure ? .thanks : nil
        case .acknowledgement: return sure ? .acknowledgement : nil
        case .offTopic: return .offTopic
        case .chitChat: return .unknown
        case .undo: return .suggest(Suggestion(label: .undo, sure: sure))
        case .list: return sure ? .list(ListParser.filters(in: utterance.key)) : .suggest(Suggestion(label: .list))
        case .add: return add(utterance, sure: sure)
        case .complete, .delete, .reopen, .reschedule, .recur, .raisePriority, .lowerPriority, .retag, .rename, .note:
            return change(guess.label, utterance, sure: sure)
        }
    }

    /// A bare phrase the add parser would turn into a task ("the bike task is urgent"): kept
    /// as an add unless the model is sure it is something else and the message bears it out:
    /// a list request that names the list ("my agenda for tomorrow") or a change that points
    /// at a task ("the bike task", "#7", "it"). "Wash the car whenever you can" stays a task,
    /// however change-like its words, and so does "order pizza tonight", however much it
    /// sounds like something to ask a different assistant: questions never reach here.
    ///
    /// A sure reading that is no request at all ("I'm so tired today") writes nothing. A
    /// statement about something ("the dentist call can wait until monday") is a change:
    /// acted on through ``TargetLookup`` when the model is sure (one matching task, else
    /// "Which one?"), asked about when it is only likely. A question costs a turn, a wrong
    /// task costs the user a deletion.
    static func checkingAdd(_ task: NewTask, in utterance: Utterance) -> Intent {
        let guess = IntentClassifier.shared.classify(utterance.core)
        let sure = guess.confidence >= actConfidence
        guard guess.confidence >= askConfidence else { return .add(task) }
        switch guess.label {
        case .add where sure:
            return .add(CarrierWords.leadIn(of: utterance.core).map(AddParser.draft) ?? task)
        case .list where sure && asksAboutTheList(utterance):
            return .list(ListParser.filters(in: utterance.key))
        case .chitChat where sure:
            return .unknown
        case .offTopic where sure:
            return .offTopic
        // "the notes for tuesday": the rules read a date, a level or a repeat, which no
        // completion or deletion takes; the model's guess came from the name. "Paid the rent
        // this morning" says when a deed was done, in a verb of its own.
        case let label where [.complete, .delete, .reopen].contains(label) && task.saysWhenOrHowMuch && namesAThingToDo(task.title):
            return .add(task)
        case let label where label.changesATask:
            guard let reading = ChangeSlots.read(label, in: utterance.core) else { return .add(task) }
            guard reading.pointsAtATask || opensWithASubject(utterance) else { return .add(task) }
            if sure { return .change(reading.change, of: reading.target) }
            guard case .words(let words) = reading.target else { return .add(task) }
            return .suggest(Suggestion(label: label, words: words))
        default:
            return .add(task)
        }
    }

    /// "The notes", "call the dentist": a title that names a thing or an errand, not a deed
    /// ("the email to sarah was sent").
    private static func namesAThingToDo(_ title: String) -> Bool {
        let words = title.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first, !words.contains(where: { ["was", "were", "been", "has", "have", "had"].contains($0) || $0.hasSuffix("ed") })
        else { return false }
        return ["the", "my", "our", "a", "an", "this", "that"].contains(first) || EnglishWords.startsATask(first)
    }

    /// "My agenda for tomorrow", "whats on the agenda this week": a list the user names or asks about.
    private static func asksAboutTheList(_ utterance: Utterance) -> Bool {
        utterance.key.firstMatch(of: ListParser.aboutPattern.regex) != nil || QuestionShape.isQuestion(utterance)
            || TextNormalizer.tokens(utterance.key).first.map(questionWords.contains) == true
    }

    private static let questionWords: Set<String> = ["what", "which", "whats", "anything", "any", "how", "when", "do", "did", "have", "is", "are"]

    /// "The dentist call can wait", "I won't manage the garage", "managed to renew my
    /// passport", "flights are urgent now": a statement about something, where "wash the
    /// car whenever you can" opens with the verb of a new task's title.
    private static func opensWithASubject(_ utterance: Utterance) -> Bool {
        guard let first = utterance.key.split(separator: " ").first else { return false }
        let tokens = TextNormalizer.tokens(utterance.key)
        let token = tokens.first ?? ""
        return subjects.contains(token) || token == WordClasses.did || first.hasSuffix("'s")
            || tokens.dropFirst().contains(where: copulas.contains)
    }

    /// "Flights to Lisbon are super urgent now": a verb that says something about what came
    /// before it, which a new task's title ("wash the car") does not have.
    private static let copulas: Set<String> = ["is", "are", "was", "were"]

    private static let subjects: Set<String> = ["the", "my", "our", "that", "this", "those", "these", "i", "we", "let"]

    private static func change(_ label: IntentLabel, _ utterance: Utterance, sure: Bool) -> Intent {
        // "need bin liners": something to get, however much "bin" sounds like deleting.
        if let want = utterance.core.prefixMatch(of: Self.wanting.regex) {
            return .suggest(Suggestion(label: .add, words: String(utterance.core[want.range.upperBound...])))
        }
        guard let reading = ChangeSlots.read(label, in: utterance.core) else { return .suggest(Suggestion(label: label)) }
        // Undoing a completion is done only when the words say so: "clear off the plants one,
        // it's done anyway" is no reopening, however the model scores it.
        let cued = label != .reopen || utterance.key.firstMatch(of: Self.reopenCue.regex) != nil
        // "Sarah has emailed me": someone did something to the user, which ticks off nothing;
        // "ugh back to back meetings till COB" sighs about the day, whatever task it recalls.
        guard utterance.key.firstMatch(of: Self.doneToMe.regex) == nil, utterance.whole.firstMatch(of: AddDoubt.venting.regex) == nil
        else { return .unknown }
        if sure, cued { return .change(reading.change, of: reading.target) }
        guard case .words(let words) = reading.target else { return .suggest(Suggestion(label: label)) }
        return .suggest(Suggestion(label: label, words: words))
    }

    static let wanting = Pattern(#/(?i)(?:(?:i|we)\s+)?(?:need|needs|want|wanna|gotta\s+get|low\s+on|(?:running|run|ran)\s+(?:low\s+on|out\s+of)|out\s+of)\s+(?!to\b|the\b|my\b|it\b|that\b|this\b|them\b|#|\d)/#,
                                 example: "need bin liners")
    static let doneToMe = Pattern(#/(?i)\b(?:[a-z]+ed|rang|rung|sent|wrote|written|got\s+back\s+to|came\s+back\s+to)\s+(?:me|us)\b/#,
                                  example: "sarah has emailed me")
    static let reopenCue = Pattern(#/(?i)\b(?:re-?open|undo|un-?tick|un-?check|unmark|un-?complete|again|back|(?:not|n'?t)\s+(?:actually\s+|really\s+|quite\s+)?(?:done|finished|complete|completed|sorted)|still\s+(?:open|pending|to\s+do))\b/#,
                                   example: "not done after all")

    /// An add the rules missed ("make a note to order printer ink"): the title is what is left once the add
    /// templates' own words are cut from the front, and it must pass the add's doubts.
    private static func add(_ utterance: Utterance, sure: Bool) -> Intent {
        let body = CarrierWords.trimmed(utterance.core, for: .add, keepingNames: false)
        let task = AddParser.draft(from: body)
        guard sure, !task.title.isEmpty, AddDoubt.reason(task.title) == nil, task.title.lowercased() != utterance.key
        else { return .suggest(Suggestion(label: .add, words: body.isEmpty ? nil : body)) }
        return .add(task)
    }
}
