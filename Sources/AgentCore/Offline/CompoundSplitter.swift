/// Splits "mark 1 done and delete 8", "complete the rent then add call mom" or "mark 1 done,
/// delete 8 and add call mom" into the requests it joins.
///
/// A split is made only where both sides are whole requests the rules read on their own:
/// an explicit add with a clean title, or a change aimed at a task by its number or by
/// words with no pronoun in them. So "add salt and pepper" stays one task ("pepper" alone
/// is no request), and "remind me to pick up the kids and drop them at school" stays one
/// ("them" points at nothing the engine knows).
enum CompoundSplitter {
    /// A comma typed without its space ("bought the groceries,booked the flights") joins too.
    static let joint = Pattern(#/(?i)\s*(?:,\s*and\s+then|,\s*then|\s+and\s+then|\s+then|\s*;|,\s*and|\s+and|\s+&|,\s*also|\s+also|\s+plus|\s*,|[.!?])\s+|,(?=[a-z])/#,
                               example: "mark 1 done and then delete 8")

    static let trailingInstead = Pattern(#/(?i)\s+instead[.!]*$/#, example: " instead")

    static let leadingJoin = Pattern(#/(?i)^(?:(?:oh|and|then|also|plus|ok|okay)\s*,?\s+)+(?=\S)/#, example: "and then ")

    static let reason = Pattern(#/(?i)(?:as|since|because|'?cause|cos|coz|cuz|bc)\s/#, example: "as the meeting is off")

    private static let pronouns: Set<String> = ["it", "them", "that", "this", "those", "these", "they", "one"]

    /// The requests, in order, or `nil` when the message is not two or more whole requests:
    /// "mark 1 done, delete 8 and add call mom" is three, split at its first joint and then
    /// again in what follows it (tried first: "delete 8 and add call mom" also reads as one
    /// deletion of a task named "8 and add call mom").
    static func parts(of utterance: Utterance) -> [Intent]? {
        // "bike notes: the chain is rusty, need new tyres": a note runs to the end.
        guard NoteParser.parse(utterance) == nil else { return nil }
        let text = utterance.core
        // "add redesign the menu, note: green and gold": so does a note said with a new task.
        if AddParser.explicitBody(of: text)?.firstMatch(of: AddParser.noteTail.regex) != nil { return nil }
        // "add two tasks: book the vet and cancel the gym": a list announced, every part an add.
        if AddParser.explicitBody(of: text)?.firstMatch(of: AddParser.countedList.regex) != nil { return nil }
        for match in text.matches(of: Self.joint.regex) {
            // "delete task 8. Then change the bike …": the word that joins is no part of the request.
            var rest = String(text[match.range.upperBound...]).replacing(Self.leadingJoin.regex, with: "")
            let lead = String(text[..<match.range.lowerBound])
            // "undo that and delete 8 instead": after an undo, "instead" names no task.
            if case .undo? = request(lead) { rest = rest.replacing(Self.trailingInstead.regex, with: "") }
            // "…, as the meeting has been cancelled": a reason runs to the end (``ReasonClause``).
            if rest.prefixMatch(of: Self.reason.regex) != nil { continue }
            // "add batteries, lightbulbs and bin bags": the last item of a list being added.
            if case .add? = request(lead), lead.contains(","), match.output.contains("and"),
               rest.split(separator: " ").count <= 3 {
                continue
            }
            // "add get mum a present, cant forget again": what is at stake, not a second task.
            if case .add? = request(lead), (", " + rest).wholeMatch(of: AddParser.stakes.regex) != nil { continue }
            // "add stamps and bin bags": a verb that is also a noun ("bin", "book", "file"),
            // with no "the", "my" or id after it, names the next thing to add.
            if case .add? = request(lead), Self.nounAfterAnd(rest) { continue }
            // "add book panto tickets, no rush, tag it family": the new task's own fields.
            if case .add? = request(lead), let level = rest.split(separator: ",").first,
               FieldsAlone.edits(in: String(level))?.edits == TaskEdits(priority: PriorityPhrase.named(in: level.lowercased())) {
                continue
            }
            // "change the flights to high priority, I must travel for my cousin's wedding": why
            // a task moved or rose is no task of its own, unless it says it is another.
            let first = request(lead)
            if case .change(.update(let edits), _)? = first, edits.priority != nil || edits.due != nil,
               rest.prefixMatch(of: Self.obligation.regex) != nil, rest.firstMatch(of: Self.another.regex) == nil {
                return nil
            }
            guard let first,
                  let following = (gapped(rest, after: first) ?? sameChange(rest, after: first) ?? anotherAdd(rest, after: first, joint: match.output)).map({ [$0] }) ?? parts(of: Utterance(rest)) ?? request(rest).map({ [$0] })
            else { continue }
            // "finished the garage and the bike this morning": when the deed was done, not a
            // date for the second task; both were done. "…and move the bike to sunday" is a move.
            if case .change(.complete, _) = first, following.count == 1,
               case .change(.update(let edits), let target)? = following.first, edits == TaskEdits(due: edits.due),
               match.output.firstMatch(of: Self.joiningWord.regex) != nil, rest.wholeMatch(of: Self.alsoDoneWhen.regex) != nil {
                return Self.pointing([first, .change(.complete, of: target)])
            }
            // "got bare stuff on, what's still pending": after a comma alone a list is what the
            // news was leading up to; a second request is joined by a word ("and show me …").
            if case .list? = following.first, match.output.firstMatch(of: Self.joiningWord.regex) == nil { continue }
            // "sold the bike last week, get rid of fix the bike": news, then the change it
            // calls for, about the same thing; one request (``ClausePair``), not two.
            if ReasonReferent.isStatement(lead), let next = following.first, sameThing(first, next) { return nil }
            // "make the passport urgent, have to renew it before the trip": a task to add that
            // points back with "it" is the change's reason, not a task; "add fix it felix" is one.
            if case .change = first, following.count == 1, case .add(let task)? = following.first, rest.prefixMatch(of: Self.addVerb.regex) == nil,
               task.title.lowercased().split(separator: " ").contains(where: { $0 == "it" || $0 == "them" }) {
                return [first]
            }
            // "what have i finished? i need to feel good about something": why the list was
            // asked for, not a task; a task to add after a question says "add".
            if case .list = first, following.count == 1, case .add? = following.first,
               rest.prefixMatch(of: Self.obligation.regex) != nil {
                return [first]
            }
            // "mark task 3 as completed, rent has been paid": the news after it is its reason.
            if following.count == 1, let next = following.first, isReason(next, said: rest, after: first) { return [first] }
            // News first ("the dentist isn't urgent, make it medium") is ``ClausePair``'s to read.
            // "rename task 10 to Get bike serviced and make it low": a command, whatever its new title says.
            let commanded = lead.lowercased().split(separator: " ").first.map { IntentParser.changeVerbs.contains(String($0)) } == true
            let all = ReasonReferent.isStatement(lead) && !commanded ? [first] + following : Self.pointing([first] + following)
            // "tag it invoices and make it high": changes to "it" join only one another, so
            // "remind me to pick up the kids and drop them at school" stays one task.
            // "that one's done. ok and add book hotel": a sentence about "it", then a new task.
            let leaning = all.filter(\.isAboutPronoun).count
            let ownSentence = leaning == 1 && all.first?.isAboutPronoun == true && match.output.contains(where: { ".!?".contains($0) })
                && following.allSatisfy(\.isAnAdd)
            guard leaning == 0 || leaning == all.count || ownSentence else { continue }
            return all
        }
        return nil
    }

    /// "shift the bike to sunday and bump it to medium": "it" after a change to a named task
    /// is that task.
    private static func pointing(_ parts: [Intent]) -> [Intent] {
        var named: TaskTarget?
        return parts.map { part in
            guard case .change(let change, let target) = part else { named = nil; return part }
            if target == .pronoun, let named { return .change(change, of: named) }
            switch target {
            case .words, .id: named = target
            default: named = nil
            }
            return part
        }
    }

    /// "move the dentist to monday and email sarah to tuesday": after a move, "X to DATE"
    /// moves X too, its verb left unsaid.
    private static func gapped(_ rest: String, after request: Intent) -> Intent? {
        guard case .change(.update(let edits), _) = request, edits.due != nil, rest.wholeMatch(of: Self.toADate.regex) != nil,
              case .change(.update(let moved), let target)? = Self.request("move " + rest), moved.due != nil
        else { return nil }
        return .change(.update(moved), of: target)
    }

    /// "task #6 complete. oh and #7 as well", "bin the garage one, the bike one too", "tag the
    /// garage home, and the bike one too": the same change to another task, its verb left unsaid.
    private static func sameChange(_ rest: String, after request: Intent) -> Intent? {
        guard case .change(let change, let named) = request, named != .pronoun, named != .all,
              let match = rest.wholeMatch(of: Self.alsoThisOne.regex),
              let target = TaskTargetParser.parse(String(match.output.1)), target != .pronoun, target != .all
        else { return nil }
        return .change(change, of: target)
    }

    /// "add cook soup sunday, and sort the recycling every week", "add a task to back up the
    /// laptop, and one to clear my inbox tonight": after a new task, another errand said with
    /// its own verb, after a pause or "also", is another new task. "add call mum and ask
    /// about xmas" is one.
    private static func anotherAdd(_ rest: String, after request: Intent, joint: Substring) -> Intent? {
        let errand = rest.replacing(Self.anotherOne.regex, with: "")
        guard case .add = request,
              joint.contains(",") && joint.firstMatch(of: Self.joiningWord.regex) != nil || joint.firstMatch(of: Self.alsoWord.regex) != nil,
              let verb = errand.split(separator: " ").first.map({ $0.lowercased() }), EnglishWords.startsATask(verb),
              case .add(let task)? = Self.request("add " + errand)
        else { return nil }
        return .add(task)
    }

    static let anotherOne = Pattern(#/(?i)^(?:(?:a|one|another)(?:\s+(?:more|one|task))?\s+(?:to|for)\s+)/#, example: "one to ")
    static let alsoWord = Pattern(#/(?i)\balso\b/#, example: " also ")

    static let alsoThisOne = Pattern(#/(?i)(?:(?:on|for|to|with)\s+)?((?:task\s+|number\s+|no\.?\s*)?#?\d+|the\s+[a-z]+(?:\s+[a-z]+){0,2})\s+(?:too|as\s+well|also)[.!]*/#,
                                     example: "#7 as well")

    static let toADate = Pattern(#/(?i)(?!(?:move|push|shift|change|set|put)\b).+?\s+(?:to|till|until)\s+\S.*/#, example: "email sarah to tuesday")

    /// News of the same kind of change after a change by id, or about the same thing, unless
    /// it says it is another ("…, the bike's fixed too"); a deed told after a deletion ("delete
    /// the kettle task. I bought a new one") says why.
    private static func isReason(_ news: Intent, said: String, after request: Intent) -> Bool {
        guard case .change(let change, let target) = request, case .change(let other, _) = news,
              ReasonReferent.isStatement(said), said.firstMatch(of: Self.another.regex) == nil
        else { return false }
        if change == .delete, other == .complete { return said.prefixMatch(of: Self.firstPerson.regex) != nil }
        guard change.isSameKind(as: other) else { return false }
        if case .id = target { return true }
        return sameThing(request, news)
    }

    static let nounVerb = Pattern(#/(?i)(?:bin|book|file|tick|mark|tag|list|scrap|trash|junk|drop|clear|cross|bump|note)\s+(?!(?:the|my|our|his|her|your|their|that|this|these|those|it|them|off|out|up|down|as|task|item|number|no\.?)\b|#|\d)[a-z]+.*/#,
                                   example: "bin bags")

    private static func nounAfterAnd(_ rest: String) -> Bool {
        let words = rest.lowercased().split(separator: " ")
        return words.count <= 3 && rest.wholeMatch(of: Self.nounVerb.regex) != nil
            && !words.contains { ["done", "complete", "completed", "finished", "off", "as", "to"].contains($0) }
    }

    static let obligation = Pattern(#/(?i)(?:i|we)(?:'ve|\s+have)?\s+(?:must|have\s+to|need\s+to|got\s+to|gotta)\s/#, example: "I must travel")
    static let addVerb = Pattern(#/(?i)(?:please\s+|pls\s+)?(?:add|create|new|jot|put|stick|pop|todo)\b/#, example: "add")
    static let firstPerson = Pattern(#/(?i)(?:i|we)(?:'ve|\s+have|\s+had)?\s/#, example: "I bought")
    static let another = Pattern(#/(?i)\b(?:too|also|as\s+well|and)\b/#, example: "the bike's fixed too")

    private static func sameThing(_ one: Intent, _ other: Intent) -> Bool {
        guard case .change(_, .words(let first)) = one, case .change(_, .words(let second)) = other else { return false }
        return !Set(TaskMatcher.significantWords(first)).isDisjoint(with: TaskMatcher.significantWords(second))
    }

    static let joiningWord = Pattern(#/(?i)\b(?:and|then|also|plus)\b|&/#, example: " and then ")
    /// "the bike this morning": a second task and when it was done, with no verb of its own.
    static let alsoDoneWhen = Pattern(#/(?i)(?:the|my|our|task|number|#)\b.*?\s(?:this\s+(?:morning|afternoon|evening)|today|yesterday|earlier(?:\s+today)?|last\s+night|just\s+now)[.!]*/#,
                                      example: "the bike this morning")
    static let listAsked = Pattern(#/(?i)(?:show|list|display|give\s+me|let\s+me\s+see|what'?s|what\s+is|what\s+are|what\s+have\s+i)\b/#,
                                   example: "show me my list")

    /// An add said with "add" (or its like) whose every title reads clean.
    private static func isExplicitAdd(of tasks: [NewTask], said utterance: Utterance) -> Bool {
        tasks.allSatisfy { !$0.title.isEmpty && $0.dueProblem == nil && AddDoubt.reason($0.title) == nil }
            && AddParser.explicitBody(of: utterance.core) != nil
    }

    private static func request(_ text: String) -> Intent? {
        let utterance = Utterance(text)
        // "…, I am not travelling this year": what the user won't do is their reason, not a
        // request of its own (``ReasonClause``).
        guard utterance.key.firstMatch(of: AddDoubt.negatedStatement.regex) == nil,
              let intent = IntentParser.rules(utterance) ?? IntentParser.reasonless(utterance)
        else { return nil }
        switch intent {
        case .add(var task):
            guard isExplicitAdd(of: [task], said: utterance) else { return nil }
            // "delete 6. then add book train tickets instead": the new task takes the old one's place.
            if task.title.lowercased().hasSuffix(" instead") {
                task.title = String(task.title.dropLast(" instead".count))
                // "add 'buy a new kettle' instead": the quote that closed the title goes too.
                if let last = task.title.last, "'\"".contains(last), task.title.filter({ $0 == last }).count == 1 { task.title.removeLast() }
            }
            return .add(task)
        case .addMany(let tasks):
            // "add blue roll and bleach and show me my list": things to add, then another request.
            return isExplicitAdd(of: tasks, said: utterance) ? intent : nil
        case .change(_, .id), .change(_, .ids), .change(_, .pronoun):
            return intent
        // "undo it and mark 9 instead": the last change taken back, then another made.
        case .undo:
            return intent
        // "tick off the second one and delete the first": places in the list just shown.
        case .change(_, .position), .change(_, .positions), .change(_, .lastListed), .change(_, .numbered):
            return intent
        case .change(_, .words(let words)):
            let named = words.lowercased().split(separator: " ").allSatisfy { !pronouns.contains(String($0)) }
            return named ? intent : nil
        case .list:
            // "…and show me my list", "what's tagged work and what's due friday": a list asked
            // for in so many words.
            return utterance.key.prefixMatch(of: Self.listAsked.regex) != nil ? intent : nil
        default:
            return nil
        }
    }
}

private extension Intent {
    var isAboutPronoun: Bool {
        if case .change(_, .pronoun) = self { return true }
        return false
    }

    var isAnAdd: Bool {
        switch self {
        case .add, .addMany: true
        default: false
        }
    }
}
