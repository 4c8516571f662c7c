/// Completes a user message's intent from the conversation before it.
///
/// "The second one" means nothing alone: it answers the engine's last "which one?" question,
/// and the action comes from the request that led to that question. Both are read back from
/// the stored messages, so the engine stays stateless.
enum IntentResolver {
    /// "tag them both shopping": two tasks added one after the other, named together.
    static let themBoth = Pattern(#/(?i)\b(?:(?:them|those|these)\s+both|both(?:\s+of\s+(?:them|those|these))?|(?:those|these|the)\s+two(?:\s+of\s+them)?)\b/#, example: "tag them both shopping")

    /// "add swim bag", "and goggles", "tag them both shopping": the two tasks just added, when
    /// the message names two together.
    private static func twoJustAdded(userAt userIndex: Int, in transcript: TurnTranscript) -> [Int]? {
        guard transcript.messages[userIndex].content.firstMatch(of: themBoth.regex) != nil else { return nil }
        let added = FollowUp.addedSinceList(before: userIndex, in: transcript).suffix(2)
        return added.count == 2 ? Array(added) : nil
    }

    /// What the engine should do about the user message at `userIndex`.
    enum Resolution: Equatable {
        case act(Intent)
        case say(String)
    }

    static func resolve(userAt userIndex: Int, in transcript: TurnTranscript) -> Resolution {
        let text = transcript.messages[userIndex].content
        let (intent, ruled) = IntentParser.message(text)
        let previous = transcript.assistantText(before: userIndex)
        // "yes" to "Did you mean to add a task “buy milk”?": the reply just before, taken up.
        if let previous, previous.index == userIndex - 1, let offered = SuggestionAnswer.intent(for: text, after: previous.text) {
            return resolve(offered, userAt: userIndex, in: transcript)
        }
        let question = previous.flatMap { ChoiceQuestion(reading: $0.text) }
        if let previous, let question, ruled == nil, let taskID = question.taskID(matching: text) {
            return pending(before: previous.index, in: transcript, taskIDs: [taskID])
        }
        // "delete the bike one", "scratch that": the request just made, taken back. After a
        // list, "scratch that" drops the question; only "cancel that" may mean the task shown.
        // "actually scrap that, borrowed one off Jo" after an add deletes it, as before; only
        // "reverse that" takes a reason after it.
        if question == nil, let match = text.wholeMatch(of: FollowUp.takeBack.regex), match.output.2 == nil || match.output.1.lowercased() == "reverse" {
            if transcript.changes(ofRequestBefore: userIndex) > 0 { return .act(.undo) }
            if !["cancel", "strike"].contains(match.output.1.lowercased()) { return .act(.acknowledgement) }
        }
        if question == nil, let retargeted = FollowUp.retargeting(text, userAt: userIndex, in: transcript)
            ?? FollowUp.noting(text, userAt: userIndex, in: transcript) ?? FollowUp.addingToTheList(text, userAt: userIndex, in: transcript) {
            return resolve(retargeted, userAt: userIndex, in: transcript)
        }
        // "no, wednesday" is read alone as the date of the task named last; after "move the
        // dentist to friday 3pm", "sorry, 4pm" keeps the Friday.
        if question == nil,
           let carried = FollowUp.carriedOn(text, read: (intent, ruled), after: FollowUp.previousRequest(before: userIndex, in: transcript)) {
            return resolve(carried, userAt: userIndex, in: transcript)
        }
        switch intent {
        case .pick(let pick):
            guard let previous, let question else { return .say(ReplyComposer.unansweredPick) }
            guard let taskIDs = question.taskIDs(for: pick) else {
                return .say(ReplyComposer.invalidPick(count: question.options.count) + "\n" + previous.text)
            }
            return pending(before: previous.index, in: transcript, taskIDs: taskIDs)
        case .suggest(let suggestion) where suggestion.label == .undo && suggestion.sure:
            return .act(FollowUp.antecedent(before: userIndex, in: transcript) == nil ? intent : .undo)
        default:
            return resolve(intent, userAt: userIndex, in: transcript)
        }
    }

    /// Points "it" and "the first one" at the tasks the conversation showed before.
    private static func resolve(_ intent: Intent, userAt userIndex: Int, in transcript: TurnTranscript) -> Resolution {
        switch intent {
        case .sequence(let parts):
            var resolved: [Intent] = []
            for part in parts {
                switch resolve(part, userAt: userIndex, in: transcript) {
                case .act(let intent): resolved.append(intent)
                case .say(let text): return .say(text)
                }
            }
            return .act(.sequence(Intent.joiningUpdates(resolved)))
        case .change(let change, .pronoun):
            if let added = Self.twoJustAdded(userAt: userIndex, in: transcript) { return .act(.change(change, of: .ids(added))) }
            guard let found = FollowUp.antecedent(before: userIndex, in: transcript) else { return .act(intent) }
            // "put it back" after a deletion: only the undo journal can bring a deleted task back.
            if found.deleted, change.isReopening { return .act(.undo) }
            return .act(.change(change, of: .id(found.id)))
        case .change(let change, .words(let words)) where words.lowercased() == "other":
            // "finished the meeting notes", "and the other one": of two tasks just listed, the one not named.
            guard let other = FollowUp.otherOfTwo(before: userIndex, in: transcript) else { return .act(intent) }
            return .act(.change(change, of: .id(other)))
        case .change(let change, .words(let words)) where change.isReopening:
            // "and the bike", then "hmm put the bike back": only an undo brings it back.
            let deleted = transcript.deletedTitles(ofRequestBefore: userIndex)
            guard deleted.count == 1, transcript.changes(ofRequestBefore: userIndex) == 1,
                  Set(TaskMatcher.significantWords(words)).isSubset(of: TaskMatcher.significantWords(deleted[0]))
            else { return .act(intent) }
            return .act(.undo)
        case .change(let change, .lastListed):
            if let taskID = FollowUp.lastListed(before: userIndex, in: transcript) { return .act(.change(change, of: .id(taskID))) }
            // "add ring the vicar", "tag the last one church": with no list shown, the last task named.
            guard let found = FollowUp.antecedent(before: userIndex, in: transcript), !found.deleted else {
                return .say(ReplyComposer.noListShown)
            }
            return .act(.change(change, of: .id(found.id)))
        case .change(let change, .numbered(let number)):
            guard let shown = FollowUp.listedIDs(before: userIndex, in: transcript), !shown.contains(number),
                  shown.indices.contains(number - 1)
            else { return .act(.change(change, of: .id(number))) }
            return .act(.change(change, of: .id(shown[number - 1])))
        case .change(let change, .position(let place)):
            switch FollowUp.listed(place: place, before: userIndex, in: transcript) {
            case nil:
                let added = FollowUp.addedSinceList(before: userIndex, in: transcript)
                return .act(.change(change, of: .id(added.count > 1 && added.indices.contains(place - 1) ? added[place - 1] : place)))
            case .some(nil): return .say(ReplyComposer.invalidPlace(place))
            case .some(.some(let taskID)): return .act(.change(change, of: .id(taskID)))
            }
        case .change(let change, .all):
            if let added = Self.twoJustAdded(userAt: userIndex, in: transcript) { return .act(.change(change, of: .ids(added))) }
            // "what's tagged work?" then "close both": every task of a short list the request
            // before asked for. A list shown to ask which task ("delete everything") is no answer.
            guard case .list? = FollowUp.previousRequest(before: userIndex, in: transcript),
                  let shown = FollowUp.listedIDs(before: userIndex, in: transcript), (2...5).contains(shown.count)
            else { return .act(intent) }
            return .act(.change(change, of: .ids(shown)))
        case .change(let change, .positions(let places)):
            var taskIDs: [Int] = []
            for place in places {
                switch FollowUp.listed(place: place, before: userIndex, in: transcript) {
                case nil: return .say(ReplyComposer.noListShown)
                case .some(nil): return .say(ReplyComposer.invalidPlace(place))
                case .some(.some(let taskID)): taskIDs.append(taskID)
                }
            }
            return .act(.change(change, of: .ids(taskIDs)))
        default:
            return .act(intent)
        }
    }

    /// The request that led to the question at `questionIndex`, now aimed at `taskIDs`.
    /// Earlier picks are skipped, so a user who answered out of range can simply answer again.
    private static func pending(before questionIndex: Int, in transcript: TurnTranscript, taskIDs: [Int]) -> Resolution {
        let target: TaskTarget = taskIDs.count == 1 ? .id(taskIDs[0]) : .ids(taskIDs)
        for index in transcript.messages[..<questionIndex].indices.reversed()
        where transcript.messages[index].role == .user {
            switch IntentParser.parse(transcript.messages[index].content) {
            case .pick:
                continue
            case .change(let change, .words), .change(let change, .pronoun), .change(let change, .all),
                 .change(let change, .dueOn), .change(let change, .ofPriority):
                return .act(.change(change, of: target))
            case .remind(let task):
                return .act(.change(.update(task.datingEdits), of: target))
            default:
                return .say(ReplyComposer.forgottenRequest)
            }
        }
        return .say(ReplyComposer.forgottenRequest)
    }
}
