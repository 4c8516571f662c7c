/// Reads what a short follow-up leans on in the turns before it: "and envelopes" after an
/// add, "and task 10" after a completion, "the first one" after a list, "bring it back" after
/// a deletion.
enum FollowUp {
    /// "and envelopes", "also bread", "plus task 10 too", "eggs as well": the previous request
    /// again, on new words.
    static let continuation = Pattern(#/(?i)\s*(?:(?:and(?:\s+also)?|also|plus|oh\s+and|same\s+(?:for|with))\s+(.+?)(?:\s+(?:too|as\s+well))?|(.+?)\s+(?:too|as\s+well))[\s.!?]*/#,
                                      example: "and envelopes too")

    /// How many of the user's messages a follow-up looks back over for the request it leans on.
    static let requestsRemembered = 4

    /// The index of the last user message before `index` that asked for something, passing
    /// over remarks between ("ok", "too many lol", "oh nice only two") that asked for nothing.
    static func lastRequest(before index: Int, in transcript: TurnTranscript) -> Int? {
        var position = index
        for _ in 0..<requestsRemembered {
            guard let found = transcript.messages[..<position].lastIndex(where: { $0.role == .user }) else { return nil }
            switch IntentParser.parse(transcript.messages[found].content) {
            case .acknowledgement, .thanks, .greeting, .unknown, .offTopic: position = found
            default: return found
            }
        }
        return nil
    }

    /// The previous user request's kind of intent, applied to the words after "and".
    static func continuing(_ text: String, after previous: Intent?) -> Intent? {
        guard let match = text.wholeMatch(of: continuation.regex), let words = (match.output.1 ?? match.output.2).map(String.init)
        else { return nil }
        switch previous {
        case .add?, .addMany?, .remind?:
            // "and sellotape and ribbon": as many tasks as "add sellotape and ribbon" makes.
            if case .addMany(let tasks) = IntentParser.parse("add " + words) { return .addMany(tasks) }
            let task = AddParser.draft(from: words)
            return task.title.isEmpty ? nil : .add(task)
        case .change(let change, _)?:
            return TaskTargetParser.parse(words).map { .change(change, of: $0) }
        default:
            return nil
        }
    }

    /// "no sorry, I meant the passport", "not that one, the flights": the request before, taken
    /// back and made again on the task now named.
    static let retarget = [
        // "oops wrong one, undo. i meant 7", "undo it and mark 9 instead": the undo said too.
        Pattern(#/(?i)^(?:(?:no|nope|nah|sorry|oops|whoops|wait|my\s+bad)\b[\s,.!:;-]*)*(?:(?:not\s+(?:that|this)(?:\s+one)?|wrong\s+(?:one|task))[\s,.!:;-]+)?(?:undo|revert|take\s+back)(?:\s+(?:it|that|this))?(?:\s+back)?(?:[\s,.;!]*\s+(?:and|then)\b|[,.;!])\s*(?:(?:i\s+meant|i\s+mean|it'?s|it\s+was|(?:mark|do)(?:\s+it)?)\s+)?(?=\S)(?!(?:delete|remove|complete|finish|move|push|add|tag|set|change|rename|bin|make)\b)(.+?)(?:\s+instead)?[\s.!]*$/#,
                example: "undo it and mark 9 instead"),
        Pattern(#/(?i)^(?:(?:no|nope|nah|sorry|oops|whoops|wait|hang\s+on|my\s+bad)\b[\s,.!:;-]*)*(?:i\s+)?(?:meant|mean)\s+((?:the|task|item|number|no\.?|#)\b.*?|#\d+)(?:\s+instead)?[\s.!]*$/#,
                example: "no sorry, I meant the passport"),
        Pattern(#/(?i)^(?:(?:no|nope|nah|sorry|oops|whoops|wait|my\s+bad)\b[\s,.!:;-]*)*(?:not\s+(?:that|this)(?:\s+one)?|wrong\s+(?:one|task))[\s,.!:;-]+(?:i\s+meant\s+|i\s+mean\s+|it'?s\s+|it\s+was\s+)?(.+?)(?:\s+instead)?[\s.!]*$/#,
                example: "not that, the flights"),
    ]

    /// The previous change taken back and made on the task now named, or `nil` when the
    /// message names no other task or the request before it changed none.
    static func retargeting(_ text: String, userAt index: Int, in transcript: TurnTranscript) -> Intent? {
        let core = Utterance(text).core
        guard let words = retarget.lazy.compactMap({ core.wholeMatch(of: $0.regex)?.output.1 }).first,
              words.allSatisfy(\.isNumber) || DuePhrase.extract(from: String(words)) == nil, let target = TaskTargetParser.parse(words),
              let earlier = transcript.messages[..<index].last(where: { $0.role == .user }),
              case .change(let change, _) = IntentParser.parse(earlier.content)
        else { return nil }
        // "the other one", "that one" lean on a list; only a task named anew is another target.
        switch target {
        case .id, .words, .numbered: break
        default: return nil
        }
        let redone = Intent.change(change, of: target)
        return transcript.changes(ofRequestBefore: index) == 1 ? .sequence([.undo, redone]) : redone
    }

    /// "scratch that", "no wait, cancel that", "hang on reverse that, …": the request just
    /// made, not a task, called off; a reason may follow.
    static let takeBack = Pattern(#/(?i)^(?:(?:no|nah|oops|wait|actually|hmm+|sorry|hang\s+on|hold\s+on)\b[\s,.!]*)*(scratch|scrap|cancel|forget|ignore|strike|reverse)\s+(?:that|this)(?:\s+(?:last\s+)?(?:one|bit|request))?(?:[\s.!]*|\s*[,;.-]\s+((?!(?:delete|remove|add|move|push|mark|tick|complete|change|set|put|make|rename|tag|bin|just|and|then)\b).*))$/#,
                                  example: "hang on reverse that, haven't paid it yet")

    /// "add nappies and wipes to it" after the shopping list was shown: new tasks for that list.
    static let addedToIt = Pattern(#/(?i)^(?:(?:and|also|oh|ok|okay)\s+)?(?:add|put|stick|pop)\s+(?!(?:(?:a|an|the|some)\s+)?(?:description|notes?|comment|tags?|labels?|priority|due|deadline|date|reminder)\b)(.+?)\s+(?:to|on(?:to)?|in)\s+(?:it|that|this|there|them|(?:that|this|the\s+same)\s+list)\b(.*)$/#,
                                   example: "add nappies and wipes to it")

    /// The tasks to add, with the tag of the list shown just before if it had one, or `nil`
    /// when the request before was no list.
    static func addingToTheList(_ text: String, userAt index: Int, in transcript: TurnTranscript) -> Intent? {
        guard let match = Utterance(text).core.wholeMatch(of: addedToIt.regex),
              case .list(let shown)? = previousRequest(before: index, in: transcript)
        else { return nil }
        func tagged(_ task: NewTask) -> NewTask {
            var task = task
            if let tag = shown.tag, !task.tags.contains(tag) { task.tags.append(tag) }
            return task
        }
        switch IntentParser.parse("add \(match.output.1)\(match.output.2)") {
        case .add(let task): return .add(tagged(task))
        case .addMany(let tasks): return .addMany(tasks.map(tagged))
        default: return nil
        }
    }

    /// "note: £12.40, it's in the jar" straight after a task was named: its note, not a new task.
    static let bareNote = Pattern(#/(?i)^(?:(?:and|also|oh)\s+)?(?:(?:add|put|leave|stick|write)\s+(?:in\s+|as\s+)?(?:a\s+|the\s+)?)?(?:note|notes|details|description|desc)\s*:\s*(.+)$/#, example: "and add a note: it's in the jar")

    static func noting(_ text: String, userAt index: Int, in transcript: TurnTranscript) -> Intent? {
        // The note as typed, where the reading would have put "task 55" for "ticket 55".
        guard let match = text.trimming(" ").wholeMatch(of: bareNote.regex) ?? Utterance(text).core.wholeMatch(of: bareNote.regex),
              let named = antecedent(before: index, in: transcript), !named.deleted
        else { return nil }
        let note = TaskEdits(description: String(match.output.1).trimming(" \"'"))
        // After "add paint, brushes and tape" the note could be any one's: ask which.
        return .change(.update(note), of: transcript.changes(ofRequestBefore: index) > 1 ? .all : .id(named.id))
    }

    /// "show task 7", "what's #7?": the one id the request behind a list named, since the list
    /// answers it with every task.
    static let showsOne = Pattern(#/(?i)^(?:show|open|view|see|display|what'?s|whats|what\s+is|details\s+(?:of|for|on)|tell\s+me\s+about)\s+(?:me\s+)?(?:task|item|number|no\.?)?\s*#?(\d+)$/#,
                                  example: "show task 7")

    private static func shownID(before position: Int, in transcript: TurnTranscript) -> Int? {
        guard let request = transcript.messages[..<position].last(where: { $0.role == .user }),
              let match = Utterance(request.content).core.wholeMatch(of: showsOne.regex)
        else { return nil }
        return Int(match.output.1)
    }

    /// "is the dentist one still on?", then "push it to monday": the one task the question
    /// before a list asked about, found in that list.
    private static func askedAbout(before position: Int, among tasks: [TaskSummary], in transcript: TurnTranscript) -> Int? {
        guard let request = transcript.messages[..<position].last(where: { $0.role == .user }),
              case .askStatus(let question) = IntentParser.parse(request.content)
        else { return nil }
        let matches = TaskMatcher.fullMatches(question.words, in: tasks)
        return matches.count == 1 ? matches[0].taskID : nil
    }

    /// The id of the task at `place` in the list the newest tool result before `index` shows,
    /// or `nil` when that result is not a list; `.some(nil)` when the list is shorter.
    static func listed(place: Int, before index: Int, in transcript: TurnTranscript) -> Int?? {
        guard let result = transcript.messages[..<index].last(where: { $0.role == .tool }),
              case .listed(let list) = ToolOutcome(json: result.content)
        else { return nil }
        return .some(list.tasks.indices.contains(place - 1) ? list.tasks[place - 1].taskID : nil)
    }

    /// The ids of the list the newest tool result before `index` shows, in order, or `nil`
    /// when that result is no list.
    static func listedIDs(before index: Int, in transcript: TurnTranscript) -> [Int]? {
        guard let result = transcript.messages[..<index].last(where: { $0.role == .tool }),
              case .listed(let list) = ToolOutcome(json: result.content)
        else { return nil }
        return list.tasks.map(\.taskID)
    }

    /// Of the two tasks the newest list before `index` showed, the one the conversation did
    /// not name last, or `nil` when that list held another number of tasks or neither was named.
    static func otherOfTwo(before index: Int, in transcript: TurnTranscript) -> Int? {
        // The list the user asked for, not one the engine read to find a task by its words.
        var position = index
        for _ in 0..<requestsRemembered {
            guard let asked = lastRequest(before: position, in: transcript) else { return nil }
            position = asked
            guard case .list = IntentParser.parse(transcript.messages[asked].content) else { continue }
            guard let shown = listedIDs(before: transcript.messages[asked...].firstIndex { $0.role == .assistant && $0.toolCalls.isEmpty } ?? index, in: transcript),
                  shown.count == 2, let named = antecedent(before: index, in: transcript)?.id, shown.contains(named)
            else { return nil }
            return shown.first { $0 != named }
        }
        return nil
    }

    /// The id of the last task in the list the newest tool result before `index` shows, or
    /// `nil` when that result is no list or an empty one.
    static func lastListed(before index: Int, in transcript: TurnTranscript) -> Int? {
        guard let result = transcript.messages[..<index].last(where: { $0.role == .tool }),
              case .listed(let list) = ToolOutcome(json: result.content)
        else { return nil }
        return list.tasks.last?.taskID
    }

    /// The task the newest tool result before message `index` was about, and whether that
    /// result deleted it: "add milk", then "make it urgent" means the milk task. A list of
    /// one task names it ("find the bike task", then "delete it"); a longer list names none.
    static func antecedent(before index: Int, in transcript: TurnTranscript) -> (id: Int, deleted: Bool)? {
        for (position, message) in transcript.messages[..<index].enumerated().reversed() where message.role == .tool {
            if case .listed(let list) = ToolOutcome(json: message.content) {
                if list.tasks.count == 1 { return (list.tasks[0].taskID, false) }
                if let id = shownID(before: position, in: transcript), list.tasks.contains(where: { $0.taskID == id }) {
                    return (id, false)
                }
                if let id = askedAbout(before: position, among: list.tasks, in: transcript) { return (id, false) }
            }
            let result = try? JSONValue(parsing: message.content)
            if let id = result?["task_id"]?.intValue {
                return (Int(id), result?["status"]?.stringValue == "deleted")
            }
        }
        return nil
    }

    /// The tasks added since the newest list before `index`, oldest first: after "add call the
    /// vet" and "add buy dog food", "the second one" is the dog food, not task 2.
    static func addedSinceList(before index: Int, in transcript: TurnTranscript) -> [Int] {
        let adds = Set(transcript.messages[..<index].flatMap(\.toolCalls).filter { $0.name == TaskTool.addTask.rawValue }.map(\.id))
        var added: [Int] = []
        for message in transcript.messages[..<index].reversed() where message.role == .tool {
            if case .listed = ToolOutcome(json: message.content) { break }
            guard let callID = message.toolCallID, adds.contains(callID),
                  let id = (try? JSONValue(parsing: message.content))?["task_id"]?.intValue
            else { continue }
            added.insert(Int(id), at: 0)
        }
        return added
    }
}
