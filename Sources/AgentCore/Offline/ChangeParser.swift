/// Recognises requests to complete, reopen or delete an existing task.
enum ChangeParser {
    static let reopen = [
        Pattern(#/(?i)^mark\s+(.+?)\s+(?:as\s+)?(?:not\s+(?:done|complete|completed|finished)|undone|incomplete|uncompleted|pending|open|unfinished|to\s*do)$/#,
                example: "mark task 5 as not done"),
        Pattern(#/(?i)^(?:reopen|re-open|un-?complete|un-?mark|un-?tick|un-?check|un-?finish|restore)\s+(.+)$/#, example: "un-tick task 5"),
        Pattern(#/(?i)^(?:actually\s+|no\s+wait,?\s+|oops,?\s+)?(?:bring|put|move)\s+(.+?)\s+back(?:\s+(?:on|to)\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos))?(?:\s+(?:as\s+)?(?:not\s+(?:done|complete|completed|finished)|undone|incomplete|unfinished|pending|open|to\s*do))?$/#, example: "actually bring it back"),
        Pattern(#/(?i)^(?:i\s+)?(?:didn'?t|did\s+not|haven'?t|have\s+not)\s+(?:actually\s+|really\s+)?(.+?)(?:\s+(?:after\s+all|yet|actually))?$/#, example: "I didn't water the plants after all"),
        Pattern(#/(?i)^(.+?)\s+(?:is\s+not|isn'?t|wasn'?t|was\s+not)\s+(?:done|finished|complete|completed)(?:\s+(?:yet|after\s+all|actually))?$/#, example: "task 5 isn't done"),
    ]
    static let complete = [
        // "the gas bill should be marked as paid": the passive.
        Pattern(#/(?i)^(?!(?:i|we|you|they|he|she)\s)(.+?)\s+(?:should|can|could|must|needs\s+to|has\s+to)\s+(?:now\s+)?be\s+(?:marked\s+(?:as\s+)?(?:done|complete|completed|finished|paid)|ticked\s+off|crossed\s+off|checked\s+off|completed)(?:\s+now)?$/#,
                example: "the gas bill should be marked as paid"),
        Pattern(#/(?i)^(?:mark|set|make|put)\s+(?!as\s)(.+?)\s+(?:as\s+)?(?:complete|completed|done|finished|paid|sorted|handled|dealt\s+with|resolved|closed|ticked(?:\s+off)?|made)$/#, example: "mark task 3 as done"),
        // "the bike I have repaired, please mark as done": the task first, the request after.
        Pattern(#/(?i)^(.+?)[,;.]?\s+(?:(?:please|pls|kindly|can\s+you|could\s+you)\s+)?mark\s+(?:it\s+|that\s+|this\s+)?as\s+(?:complete|completed|done|finished)$/#,
                example: "the bike I have repaired, please mark as done"),
        // "tick it please": a tick said alone, of a task just named or by its number.
        Pattern(#/(?i)^tick\s+(it|that|this|them|that\s+one|this\s+one|(?:task\s+|#)?\d+)$/#, example: "tick it"),
        Pattern(#/(?i)^(?:tick|check|cross|strike|scratch|mark)\s+([^,;]+?)\s+off(?:\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos))?$/#,
                example: "tick task 3 off my list"),
        Pattern(#/(?i)^(?:complete|finish|close|tick\s+off|check\s+off|cross\s+off|strike\s+off|knock\s+(?:out|off)|wrap\s+up|polish\s+off|scratch\s+off|scratch\s+out)\s+(.+)$/#, example: "knock out task 3"),
        Pattern(#/(?i)^(?:that'?s|that\s+is)\s+(.+?)\s+(?:done|finished|sorted|complete|completed|dealt\s+with)$/#, example: "that's the groceries done"),
        Pattern(#/(?i)^(.+?)\s+(?:is|was|are|were|has\s+been|have\s+been|'s\s+been)\s+(?:now\s+|all\s+)?(?:done|complete|completed|finished|closed\s+out|(?:ticked|crossed|checked|struck)\s+off)$/#, example: "task 3 is done"),
        // "ready with the meeting notes", "I'm through with the garage": as learners of English say done.
        Pattern(#/(?i)^(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?(?:(?:all|already|now|finally|just)\s+)*(?:ready|through)\s+with\s+(.+)$/#,
                example: "ready with the meeting notes"),
        // "Done: call the dentist": the state first, as a list heading.
        Pattern(#/(?i)^(?:done|finished|completed?|ticked(?:\s+off)?)\s*(?::|-|–|—)\s*(.+)$/#, example: "Done: call the dentist"),
        // "done, picked it up on the way home": done, then how it was done to "it".
        Pattern(#/(?i)^(?:done|finished|sorted|all\s+done)\s*[,.!;–—-]+\s*(?:(?:i|we|just|already)\s+)*[a-z]+\s+(it|them)\b.*$/#,
                example: "done, picked it up on the way home"),
        // "groceries can be ticked off": permission to tick, said of a task that is done.
        Pattern(#/(?i)^(.+?)\s+(?:can|could)\s+(?:now\s+)?be\s+(?:(?:ticked|crossed|checked|struck)\s+off|marked\s+(?:as\s+)?(?:done|complete|completed))(?:\s+(?:now|the\s+list|my\s+list))?$/#, example: "groceries can be ticked off"),
    ]
    /// "I've just finished task 3", "did the rent yesterday": said in the past, so when it was
    /// done is cut from the end before the task's words are read.
    static let pastComplete = Pattern(#/(?i)^(?:i(?:'ve|\s+have)?\s+)?(?:all\s+|just\s+|already\s+|finally\s+)?(?:finished|finish(?=\s+to\s)|completed|did|done|(?:ticked|checked|crossed|struck|knocked)\s+off|knocked\s+out|wrapped\s+up|polished\s+off)(?:\s+(?:with|w/?|to))?\s+(.+)$/#,
                                      example: "I've just finished task 3")
    /// "scratch the lawn" cancels it; only "scratch it off" crosses it off as done.
    /// "I have finish the email to Sarah": the perfect with the verb's plain form, as someone
    /// whose first language builds it differently may write it.
    static let pastFinish = Pattern(#/(?i)^(?:i|we)(?:'ve|\s+have|\s+had)\s+(?:just\s+|already\s+|finally\s+)?finish\s+(?:to\s+|with\s+)?(.+)$/#,
                                    example: "I have finish the email to Sarah")
    static let delete = [
        Pattern(#/(?i)^(?:delete|remove|rm|erase|drop|trash|scrap|scratch|suppress|86|yeet|discard|cancel|bin|wipe(?:\s+out)?|kill|ditch|axe|nuke|nix|lose|clear\s+off|get\s+rid\s+of|get\s+shot\s+of|throw\s+away|throw\s+out|chuck(?:\s+out|\s+away)?(?!\s+(?:in|on|down)\b)|toss(?:\s+out)?|forget(?:\s+about)?|never\s+mind(?:\s+about)?)\s+(.+?)(?:\s+(?:off|from)\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos))?$/#,
                example: "get rid of task 3 from my list"),
        Pattern(#/(?i)^(?:take|get)\s+(.+?)\s+(?:off|from)\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos)$/#, example: "take task 3 off my list"),
        // "take email sarah off": the list is understood.
        Pattern(#/(?i)^(?:take|wipe|rub)\s+(.+?)\s+off$/#, example: "take email sarah off"),
        Pattern(#/(?i)^(?!(?:i|we|you|they|he|she)\s)(.+?)\s+(?:can|could|should|must|needs\s+to|has\s+to)\s+(?:now\s+)?(?:go(?:\s+in(?:to)?\s+the\s+(?:bin|trash|rubbish|garbage))?|be\s+(?:deleted|removed|dropped|binned|scrapped|cancell?ed|taken\s+off(?:\s+(?:my|the)\s+list)?))(?:\s+now)?$/#,
                example: "the garage task can go"),
        // "I'd like the dentist one taken off altogether": a wish for it gone.
        Pattern(#/(?i)^(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:like|love|prefer)\s+(.+?)\s+(?:taken\s+off|removed|deleted|got\s+rid\s+of|binned|scrapped)(?:\s+(?:altogether|completely|entirely|for\s+good|(?:from|off)\s+(?:my|the)\s+list))*$/#,
                example: "I'd like the dentist one taken off altogether"),
        // "the email to her is cancelled": news that a task is off, said of the task.
        Pattern(#/(?i)^(?!(?:i|we|you|they|he|she|it|that|this)\s)(.+?)\s+(?:is|was|has\s+been|got|'s)\s+(?:now\s+|also\s+)?(?:cancell?ed|called\s+off|scrapped)$/#,
                example: "the garage one is cancelled"),
    ] + noLongerNeeded
    /// A task said to be needed no more: a deletion, or with how often it repeats named last
    /// ("no need to water the ferns every week"), the end of its repeat (``RepeatStopParser``).
    static let noLongerNeeded = [
        Pattern(#/(?i)^(?:i\s+|we\s+)?(?:don'?t|do\s+not|no\s+longer|won'?t)\s+(?:need\s+(?:to\s+)?|have\s+to\s+)(.+?)(?:\s+(?:any\s?more|now|after\s+all))?(?:,?\s+(?:so\s+)?(?:remove|delete|drop|scrap|bin)\s+it)?$/#, example: "don't need the gym task anymore"),
        Pattern(#/(?i)^(?:there'?s\s+)?no\s+(?:need|point)\s+(?:for|in|to)\s+(.+?)(?:\s+(?:any\s?more|now))?$/#, example: "no need for task 6 anymore"),
    ]

    /// "the car doesn't need washing anymore", "the ferns don't need to be watered": the task
    /// named by its object first and its verb after.
    static let needsNoDoing = Pattern(#/(?i)^(?!(?:i|we|you|they|he|she)\s)(.+?)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|no\s+longer|won'?t)\s+needs?\s+(?:to\s+be\s+)?(?!(?:any|some|no|every)thing\b)([a-z]+(?:ing|ed))(?:\s+(?:any\s?more|any\s+longer|now|after\s+all))?$/#,
                                      example: "the car doesn't need washing anymore")

    /// The words naming a task said to be needed no more, verb first ("washing the car"), or `nil`.
    static func neededNoMore(in text: String) -> String? {
        guard let match = text.wholeMatch(of: needsNoDoing.regex) else { return CancelNews.words(in: text) }
        return match.output.2 + " " + match.output.1
    }

    static func parse(_ utterance: Utterance) -> Intent? {
        // "completed shopping tasks" describes a list; it completes nothing.
        guard utterance.key.firstMatch(of: ListParser.describedList.regex) == nil else { return nil }
        let text = utterance.core
        if doneTasksToDelete(in: text) { return .change(.delete, of: .matching(TaskSelection(status: .completed))) }
        if let target = firstTarget(in: text, patterns: reopen) {
            return .change(.update(TaskEdits(completed: false)), of: target)
        }
        if let target = firstTarget(in: text, patterns: complete)
            ?? firstTarget(in: DoneStatement.withoutPastTime(text), patterns: [pastComplete, pastFinish]) {
            return target.hasDate ? nil : .change(.complete, of: target)
        }
        if let target = firstTarget(in: text, patterns: delete), !target.hasDate {
            return .change(.delete, of: target)
        }
        if let words = neededNoMore(in: text), let target = TaskTargetParser.parse(words), !target.hasDate {
            return .change(.delete, of: target)
        }
        if let words = DoneStatement.words(in: text), let target = TaskTargetParser.parse(words), !target.hasDate {
            return .change(.complete, of: target)
        }
        return nil
    }

    /// "the finished ones", "all completed tasks": every done task, named by its status.
    static let doneOnes = Pattern(#/(?i)(?:all\s+)?(?:of\s+)?(?:the\s+|my\s+)?(?:finished|completed|complete|done|ticked[- ]off|checked[- ]off)\s+(?:ones|tasks|items|todos|to-dos|stuff|things)|(?:everything|anything|all|whatever)\s+(?:that'?s|thats|that\s+is|i'?ve)\s+(?:already\s+)?(?:finished|completed|done|ticked\s+off)/#,
                                  example: "the finished ones")

    /// "clear out the done ones": only with done tasks after it is "clear" a deletion ("clear
    /// the garage" is a task).
    static let clearOut = Pattern(#/(?i)(?:clear|clean|purge|tidy)(?:\s+(?:out|up|away))?\s+(.+?)(?:\s+(?:off|from)\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos))?/#,
                                  example: "clear out the done ones")

    /// "delete the finished ones", "clear out the done ones": every completed task goes, and
    /// one "undo" brings them all back.
    private static func doneTasksToDelete(in text: String) -> Bool {
        (delete + [clearOut]).contains { pattern in
            text.wholeMatch(of: pattern.regex).map { $0.output.1.wholeMatch(of: doneOnes.regex) != nil } ?? false
        }
    }

    /// The target named by the first pattern that matches the whole text.
    static func firstTarget(in text: String, patterns: [Pattern<(Substring, Substring)>]) -> TaskTarget? {
        for pattern in patterns {
            if let match = text.wholeMatch(of: pattern.regex), let target = TaskTargetParser.parse(match.output.1) {
                return target
            }
        }
        return nil
    }
}

extension TaskTarget {
    /// "finish the essay by friday" names no task by a date: it is a new task, not a change.
    var hasDate: Bool {
        guard case .words(let words) = self else { return false }
        return DuePhrase.extract(from: words) != nil
    }
}
