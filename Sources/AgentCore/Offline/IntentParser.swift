/// Reads one user message into an ``Intent``, without looking at the rest of the conversation.
///
/// The rules come first and their order is the parser's grammar: edits before additions
/// ("add tag work to 3" is not a new task), an explicit "add"/"todo:" before lists, and a
/// bare phrase becomes a new task only when nothing else fits, it carries a date or a
/// recurrence, and the classifier is not sure it means something else. What no rule reads
/// goes to the classifier (``ClassifierFallback``).
enum IntentParser {
    static func parse(_ text: String) -> Intent {
        reading(text).intent
    }

    /// A message as the user sent it, read whole: as ``reading(_:)`` does, or else as
    /// fields said alone that change the task named before ("high priority and tag it
    /// suppliers"). Parts of a message are never read so: there the fields belong to the
    /// request beside them ("send the invoice, it's important").
    static func message(_ text: String) -> (intent: Intent, ruled: Intent?) {
        // "that's every week by the way": said of the task just named, never a task called "That's".
        let said = Utterance(Checklist.read(text))
        if said.core.prefixMatch(of: FieldsAlone.saidOfIt.regex) != nil, let fields = FieldsAlone.parse(said) { return (fields, fields) }
        let read = reading(text)
        guard read.ruled == nil, let fields = FieldsAlone.parse(said) else { return read }
        return (fields, fields)
    }

    /// The intent, and what the rules alone made of the message (`nil` when none read it,
    /// so the intent came from the classifier or is unknown): the resolver needs both.
    static func reading(_ said: String) -> (intent: Intent, ruled: Intent?) {
        let text = NumberedRequests.joined(Checklist.read(FormalEnglish.read(TerseCommands.read(said))))
        if let marked = EmojiVerb.eachMarked(in: text) { return reading(marked) }
        if let request = SentenceTrail.intent(in: text) ?? SentenceTrail.topicFirst(in: text, asked: true) { return (request, request) }
        if let jotted = FieldTrail.request(in: text) { return reading(jotted) }
        if let tasks = BulletList.tasks(in: text) { return (.addMany(tasks), .addMany(tasks)) }
        // "groceries are done (mostly, i forgot the bread)": an aside in brackets says nothing to
        // do; only a new task's brackets may hold its note.
        if text.firstMatch(of: Self.bracketed.regex) != nil, !text.lowercased().contains("remind"),
           AddParser.explicitBody(of: Utterance(text).core) == nil {
            let plain = text.replacing(Self.bracketed.regex, with: "")
            if !plain.trimming(" ").isEmpty { return reading(plain) }
        }
        // "full list please, done and not done": both kinds of task asked for, not two requests.
        if let query = ListParser.bothKinds(in: text) {
            return (.list(query), .list(query))
        }
        if let request = ChatAround.request(in: text, leniently: false) ?? ChatAround.afterPivot(in: text) ?? ChatAround.afterStory(in: text)
            ?? ChatAround.questionAfterPlan(in: text) {
            return reading(request)
        }
        // "tom says the garage is done. it is NOT. leave it on there": a claim denied, nothing to do.
        if text.firstMatch(of: Self.leftAsItIs.regex) != nil, text.firstMatch(of: Self.denied.regex) != nil {
            return (.acknowledgement, .acknowledgement)
        }
        if let corrected = SelfCorrection.intent(in: text) ?? ReasonClause.afterNews(in: text) { return (corrected, corrected) }
        if let deed = RunOnNews.deed(in: text) { return reading(deed) }
        let utterance = Utterance(text)
        guard !utterance.key.isEmpty else { return (.unknown, nil) }
        let ruled = EmojiVerb.urging(ClausePair.selection(in: utterance.core) ?? wholeMessage(utterance) ?? CompoundSplitter.parts(of: utterance).map(Intent.sequence) ?? reasonless(utterance)
            ?? ClausePair.topic(in: utterance.core) ?? commandThenRemark(utterance) ?? doneThenMarked(utterance) ?? rules(utterance) ?? remarked(utterance)
            ?? SentenceTrail.topicFirst(in: text, asked: false), in: text)
        if ruled == nil, let request = EmojiVerb.request(in: text) ?? ChatAround.request(in: text, leniently: true) { return reading(request) }
        let intent = ruled ?? ClassifierFallback.intent(for: utterance)
            ?? (QuestionShape.isQuestion(utterance) ? .offTopic : .unknown)
        return (intent, ruled)
    }

    /// Readings of the whole message, before its clauses are split apart: fields after a task's
    /// name or number, a tag swapped, a repeat replaced.
    private static func wholeMessage(_ utterance: Utterance) -> Intent? {
        FieldsAlone.namedThenFields(utterance) ?? FieldsAlone.numberedThenFields(utterance) ?? TagEditParser.swap(in: utterance.core)
            ?? RepeatStopParser.replaced(utterance)
    }

    static let leftAsItIs = Pattern(#/(?i)\b(?:leave|keep)\s+it\s+(?:on\s+(?:there|here|the\s+list|my\s+list)|there|open|as\s+it\s+is|as\s+is|alone|pending)\b/#,
                                    example: "leave it on there")
    static let denied = Pattern(#/(?i)\b(?:it|he|she|that)\s+(?:is\s+not|isn'?t|'s\s+not|was\s+not|wasn'?t)\b|\b(?:says|reckons|claims)\b/#,
                                example: "it is NOT")

    static let bracketed = Pattern(#/\s+\([^()#\d]*\)/#, example: " (the clunky one)")

    /// "delete the flights task, trip is cancelled": a change read with its reason cut off
    /// (before it: ``ClausePair``), or `nil` when there is no reason or what is left is no
    /// change to a task.
    static func reasonless(_ utterance: Utterance) -> Intent? {
        if let intent = ClausePair.intent(in: utterance.core) { return intent }
        guard let request = ReasonClause.request(in: utterance.core), let intent = rules(Utterance(request)),
              case .change = intent
        else { return nil }
        return intent
    }

    /// "make the bike low priority, no ones riding it in this weather", "make renew passport
    /// high priority, trip in jan": a change said first, then a remark after a comma that no
    /// rule reads as a request of its own.
    private static func commandThenRemark(_ utterance: Utterance) -> Intent? {
        let core = utterance.core
        guard let comma = core.firstRange(of: ", "),
              let verb = core.split(separator: " ").first.map({ $0.lowercased() }), changeVerbs.contains(verb) || ["make", "set"].contains(verb),
              let command = rules(Utterance(String(core[..<comma.lowerBound]))), case .change(_, let target) = command, target != .all,
              isAside(String(core[comma.upperBound...])), rules(Utterance(String(core[comma.upperBound...]))) == nil
        else { return nil }
        return command
    }

    /// "the meeting notes are wrapped up, mark complete": news that a task is done, then the
    /// request to mark it so, with no task of its own.
    private static func doneThenMarked(_ utterance: Utterance) -> Intent? {
        guard let match = utterance.core.wholeMatch(of: markedAfter.regex),
              let said = match.output.1 ?? match.output.2,
              let news = rules(Utterance(String(said))), case .change(.complete, let target) = news, target != .all
        else { return nil }
        return news
    }

    static let instead = Pattern(#/(?i)\s+instead$/#, example: "email sarah instead")
    static let markedAfter = Pattern(#/(?i)^(?:([^,;.]+?)\s+(?=(?:mark|tick|check|cross)\s+(?:it|them|that|this)\b)|(.+?)\s*[,;.]\s*)(?:so\s+)?(?:pls\s+|please\s+)?(?:mark|tick|check|close|cross)(?:\s+(?:it|them|that|this)(?:\s+one)?)?(?:\s+(?:as\s+)?(?:off|complete|completed|done|finished))?(?:\s+(?:pls|please))?[.!]?$/#,
                                     example: "the meeting notes are wrapped up, mark complete")

    /// A few words of comment: not a number ("1, 2 and 6"), a tag, a field ("top priority",
    /// "due friday"), or a name going on ("the bike").
    private static func isAside(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        return words.count >= 2 && !text.contains(where: { $0.isNumber || $0 == "#" })
            && !["and", "or", "then", "also", "plus", "the", "a", "an", "my"].contains(words[0])
            && !FieldsAlone.namesAField(text)
    }

    /// "rent doesnt need to repeat anymore, last month in this flat": when nothing else reads
    /// the message, a change to a task it names, then a remark that asks for nothing, is the
    /// change alone. A remark is a few words of its own: no number or pronoun that would make
    /// it part of the request ("1, 2 and 6", "do it next month"), and no rule reads it.
    private static func remarked(_ utterance: Utterance) -> Intent? {
        guard let match = utterance.core.wholeMatch(of: ClausePair.lastSplit.regex),
              let intent = rules(Utterance(String(match.output.1))),
              case .change(let change, let target) = intent, !ReasonReferent.hasPronoun(target), target != .all
        else { return nil }
        // A note runs to the end of the message: "put in the description: window seat, max 300".
        if case .update(let edits) = change, edits.description != nil { return nil }
        let remark = String(match.output.2)
        guard isRemark(remark) else { return nil }
        let tail = reading(remark)
        // "…, ill add a new one later": a task that names nothing is a remark too.
        if case .add(let task)? = tail.ruled, AddDoubt.reason(task.title) != nil { return intent }
        guard tail.ruled == nil else { return nil }
        switch tail.intent {
        case .unknown, .offTopic, .help, .thanks, .acknowledgement, .greeting: return intent
        case .suggest(let guess) where !guess.sure: return intent
        default: return nil
        }
    }

    /// "we should delete the garage one", "I need to tick off task 4": a change the speaker
    /// says is due, to a task named as one on the list, is that change, not a new task.
    /// "I need to cancel the gym membership" names no list item, so it stays a task to add.
    static let obliged = Pattern(#/(?i)^(?:i|we)\s+(?:really\s+|probably\s+)?(?:should|need\s+to|have\s+to|must|ought\s+to|gotta)\s+((?:delete|remove|bin|scrap|drop|complete|finish|tick|mark|move|push|rename|tag)\b.*\b(?:one|task|item|todo|\d+)\b.*)$/#,
                                 example: "we should delete the garage one")

    private static func obligedChange(_ text: String) -> Intent? {
        guard let match = text.wholeMatch(of: obliged.regex), let change = rules(Utterance(String(match.output.1))),
              case .change = change
        else { return nil }
        return change
    }

    /// Whether `text` has the shape of a remark.
    private static func isRemark(_ text: String) -> Bool {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "#" || $0 == "'") }
        // "and the garage" goes on naming; "new chain and brake pads" is a remark.
        let leaning: Set<Substring> = ["it", "them", "or", "then", "also", "plus"]
        // "this" and "that" point at the task only alone: "last month in this flat" is a remark.
        let pointing: Set<Substring> = ["this", "that", "these", "those"]
        return words.count >= 3 && words.first != "and" && words.last.map { !pointing.contains($0) } == true
            && !words.contains { leaning.contains($0) || $0.contains(where: \.isNumber) || $0.hasPrefix("#") }
    }

    /// Verbs that change a task on the list; a new task said without "add" rarely starts with one.
    static let changeVerbs: Set<String> = [
        "move", "push", "shift", "reschedule", "postpone", "change", "mark", "tick", "delete", "remove", "rename", "tag",
        "bump", "update", "cross", "untag", "edit", "adjust", "amend",
    ]

    /// The deterministic pass alone, `nil` when no rule reads the message.
    static func rules(_ utterance: Utterance) -> Intent? {
        if let intent = SmallTalkParser.parse(utterance) { return intent }
        if let pick = PickParser.parse(utterance) { return .pick(pick) }
        if let corrected = FieldsAlone.correctedDate(utterance) { return corrected }
        if let question = StatusQuestionParser.parse(utterance) { return .askStatus(question) }
        if ListParser.asksToFilter(utterance.key), let query = ListParser.parse(utterance) { return .list(query) }
        if let intent = NoteParser.parse(utterance) ?? FieldClearParser.parse(utterance) ?? TagEditParser.parse(utterance) ?? ShiftParser.parse(utterance)
            ?? RepeatStopParser.parse(utterance) ?? PostponeNews.parse(utterance) ?? UpdateParser.parse(utterance) ?? ChangeParser.parse(utterance),
            !intent.aimsAtAnAdd {
            return intent
        }
        if utterance.core.wholeMatch(of: AddParser.bare.regex) != nil { return .add(NewTask(title: "")) }
        if let change = obligedChange(utterance.core) { return change }
        if let intent = ReminderParser.parse(utterance) { return intent }
        if let body = AddParser.explicitBody(of: utterance.core) {
            if let tasks = QuotedTitles.tasks(in: body) ?? AddParser.items(of: body) { return .addMany(tasks) }
            return .add(AddParser.draft(from: body))
        }
        if let query = ListParser.parse(utterance) { return .list(query) }
        if let task = AddParser.parse(utterance), utterance.whole.firstMatch(of: AddDoubt.venting.regex) == nil {
            // A postponement no rule could read ("the garage can wait till friday tbh") is
            // news: its whole text as the title makes the add's doubt ask instead of adding.
            guard utterance.key.firstMatch(of: AddDoubt.postponed.regex) == nil else { return .add(NewTask(title: utterance.core)) }
            let checked = ClassifierFallback.checkingAdd(task, in: utterance)
            // "move calling the dentist to wednesday, bless you": a task nobody said to add that
            // starts with a verb for changing one is more likely a change misread; ask.
            if case .add(let kept) = checked, let first = kept.title.lowercased().split(separator: " ").first,
               Self.changeVerbs.contains(String(first)) {
                return .suggest(Suggestion(label: .add, words: utterance.core))
            }
            // "dentist call at quarter past ten tomorrow": a thing named without "add" or a verb of
            // its own is a task already on the list, which gets the date (``ReminderLookup``);
            // "renew my passport in a month" says what to do, so it stays a new task.
            // A title still holding a command ("…, move it to wednesday") is no task's name.
            // "garage monthly pls", "bikes no rush" say only how often or how urgent, as a date would.
            if case .add(var kept) = checked, kept.saysWhenOrHowMuch,
               kept.title.lowercased().firstMatch(of: AddDoubt.embeddedCommand.regex) == nil,
               let first = kept.title.lowercased().split(separator: " ").first,
               !EnglishWords.startsATask(String(first)) || utterance.key.split(separator: " ").dropFirst().first == "due" {
                // "flights are important, prices keep going up": the reason is no part of the name.
                kept.title = (ReasonClause.request(in: kept.title) ?? kept.title)
                    .replacing(ReminderLookup.superseded.regex, with: "").replacing(ReminderLookup.saidToBe.regex, with: "")
                if kept.recurrence != nil { kept.title = kept.title.replacing(ReminderLookup.saidToRepeat.regex, with: "") }
                return .remind(kept)
            }
            // "team meeting notes happen every friday now": news of how often a task comes round.
            if case .add(var kept) = checked, kept.recurrence != nil, kept.title.firstMatch(of: ReminderLookup.saidToRepeat.regex) != nil {
                kept.title = kept.title.replacing(ReminderLookup.saidToRepeat.regex, with: "")
                return .remind(kept)
            }
            // "email sarah fri at 2pm instead": "instead" says the task is there already, with
            // another date (``ReminderLookup``).
            if case .add(var kept) = checked, kept.saysWhenOrHowMuch,
               kept.title.firstMatch(of: Self.instead.regex) != nil {
                kept.title = kept.title.replacing(ReminderLookup.superseded.regex, with: "")
                return .remind(kept)
            }
            // "call the dentist tomorrow at 3", "book flights by friday": a task already on the
            // list, said again with a date, gets the date rather than a twin (``ReminderLookup``).
            if case .add(let kept) = checked, kept.saysWhenOrHowMuch,
               kept.title.lowercased().firstMatch(of: AddDoubt.embeddedCommand.regex) == nil {
                return .remind(kept)
            }
            return checked
        }
        return nil
    }
}

private extension Intent {
    /// "add renew the car tax, it's due the 14th": a change aimed at words that begin with
    /// "add" misread a new task's field as an edit.
    var aimsAtAnAdd: Bool {
        guard case .change(_, .words(let words)) = self else { return false }
        return AddParser.explicitBody(of: words) != nil
    }
}
