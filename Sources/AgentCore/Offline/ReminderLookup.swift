/// "Remind me about the electricity bill on the 1st": dates the pending task those words
/// name, or adds a new one when none does.
///
/// Only a task whose title holds every significant word counts (``TaskMatcher``'s full
/// match); one such task gets the date, several are asked about, and words that merely
/// share a verb with a title ("call mom" and "Call the dentist") make a new task, as before.
struct ReminderLookup {
    var task: NewTask

    /// "dentist call is first thing tomorrow", "the garage needs doing by friday", "sarah
    /// email move on tomorrow": the verb that joined the task to its date.
    static let saidToBe = Pattern(#/(?i)(?:\s*[-–—:,]?\s+do\s+it|\s*[-–—:,]?\s+(?:move|moved|push|pushed|shift|shifted|change|changed|put|set|make|postpone|postponed|reschedule|rescheduled)(?:\s+(?:it|to|on|for))?|\s+(?:is|are|was|will\s+be|should\s+be|can\s+be|could\s+be|needs?\s+to\s+be|has\s+to\s+be|must\s+be)|'s|\s+(?:needs?|has|have|must|should)\s+(?:to\s+)?(?:be\s+)?(?:doing|done|sorting|sorted|finished|ready))$/#,
                                  example: "dentist call is")

    /// "rent due 3 dec now, not the 1st": "now", or the value it had, said after the new one.
    static let superseded = Pattern(#/(?i)(?:\s+(?:now|instead))?(?:\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:on\s+)?(?:the\s+)?[a-z0-9]+(?:\s+day)?)?$/#,
                                    example: "rent now not the 1st")

    /// "team meeting notes happen every friday now": the verb that joined a task to how often
    /// it now comes round, left behind when the repeat was lifted out.
    static let saidToRepeat = Pattern(#/(?i)\s+(?:now\s+)?(?:happens?|occurs?|takes?\s+place|runs?|repeats?|recurs?|is|are|will\s+be|should\s+be)(?:\s+(?:now|from\s+now\s+on|going\s+forward|these\s+days))?$/#,
                                      example: "team meeting notes happen now")

    /// "make the dentist call 3pm tmrw", "need the bike fixed by tmrw": "make" or "need" before
    /// a task's name sets that task, and is no part of it; with no such task, "Make the cake"
    /// is added as said.
    static let madeInto = Pattern(#/(?i)^(?:make|have|get|set|put|move|need|want|(?:have\s+to|got\s+to|gotta|must)\s+get)\s+(?:the\s+|my\s+)?(.+)$/#, example: "make the dentist call")

    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        guard let first = exchanges.first else {
            return .calls([.listTasks(ListRequest(status: .pending), limit: TargetLookup.fullListLimit)])
        }
        if let last = exchanges.last, exchanges.count > 1 {
            return .reply(TurnPlanner.report(last, reopened: false))
        }
        let matches: [TaskSummary]
        do {
            let pending = try first.listed().tasks
            let named = TaskMatcher.fullMatches(task.title, in: pending)
            if named.isEmpty, let made = task.title.firstMatch(of: Self.madeInto.regex) {
                matches = TaskMatcher.fullMatches(String(made.output.1), in: pending)
            } else {
                matches = named
            }
        } catch {
            return .reply(error.reply)
        }
        switch matches.count {
        case 0:
            if let doubt = AddDoubt.reason(task.title) { return .reply(ReplyComposer.doubtfulAdd(doubt)) }
            return .calls([.addTask(task)])
        case 1: return .calls([.change(.update(task.datingEdits), taskID: matches[0].taskID)])
        default: return .reply(ChoiceQuestion.compose(matches, words: task.title, verb: "update", exact: true))
        }
    }
}

extension NewTask {
    /// What a reminder changes on the task it names: the date, how often it repeats and a
    /// priority, as far as they were said.
    var datingEdits: TaskEdits {
        TaskEdits(priority: priority, due: due, recurrence: recurrence)
    }
}
