import Persistence

/// Finds the task a change names by words, then makes the change or asks which one.
///
/// First `list_tasks` with the words as `search`; if that finds nothing, every task is
/// listed and matched word by word, since people rarely quote a title exactly. A change is
/// made only when one task matches; otherwise the engine asks, and never guesses.
struct TargetLookup {
    /// Above `list_tasks`' default of 50, so the word match sees as many tasks as the tool allows.
    static let fullListLimit = 200

    var change: TaskChange
    /// `nil` for "it" with nothing to refer to: list the candidates and ask.
    var words: String?
    /// "delete all my tasks": asked as a choice, since one request never changes every task.
    var everything = false
    /// "the friday task": the candidates are the pending tasks due by that day, soonest first.
    var dueBy: String?
    /// "the urgent one": the candidates are the tasks of that priority.
    var priority: Priority?

    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        guard let last = exchanges.last else {
            let request = dueBy.map { ListRequest(status: .pending, dueBefore: $0, sort: .due) }
                ?? ListRequest(status: status, priority: priority, search: words)
            return .calls([.listTasks(request, limit: words == nil ? ChoiceQuestion.maximumOptions : nil)])
        }
        guard last.call.name == "list_tasks" else {
            return .reply(TurnPlanner.report(last, reopened: change.isReopening))
        }
        let tasks: [TaskSummary]
        do {
            tasks = try last.listed().tasks
        } catch {
            return .reply(error.reply)
        }
        guard let words else {
            // "the one due on tuesday": of the tasks due by then, those due that very day.
            if let dueBy, let onTheDay = PromptClock.dueOn(dueBy, among: tasks), !onTheDay.isEmpty {
                return onTheDay.count == 1 ? act(on: onTheDay[0]) : ask(onTheDay, exact: false)
            }
            if priority != nil, tasks.count == 1 { return act(on: tasks[0]) }
            return tasks.isEmpty ? .reply(ReplyComposer.nothingToPointAt) : ask(tasks, exact: false)
        }
        if last.call.textArgument("status") != status.rawValue {
            return afterDoneList(tasks, words)
        }
        return last.call.hasArgument("search") ? afterSearch(tasks, words) : afterFullList(tasks, words)
    }

    private func afterSearch(_ tasks: [TaskSummary], _ words: String) -> TurnPlanner.Step {
        if tasks.isEmpty {
            return .calls([.listTasks(ListRequest(status: status), limit: Self.fullListLimit)])
        }
        // The tool's search matches inside words ("as" finds "Renew passport"), so even a
        // lone result is acted on only when the words name it.
        for narrowed in [TaskMatcher.exactTitles(words, in: tasks), TaskMatcher.fullMatches(words, in: tasks)]
        where narrowed.count == 1 {
            return act(on: narrowed[0])
        }
        let full = TaskMatcher.fullMatches(words, in: tasks)
        return ask(full.count > 1 ? full : tasks, exact: full.count > 1 || tasks.count > 1)
    }

    private func afterFullList(_ tasks: [TaskSummary], _ words: String) -> TurnPlanner.Step {
        let full = TaskMatcher.fullMatches(words, in: tasks)
        if full.count == 1 { return act(on: full[0]) }
        if full.count > 1 { return ask(full, exact: true) }
        if let covered = TaskMatcher.coveredMatch(words, in: tasks) { return act(on: covered) }
        let partial = TaskMatcher.partialMatches(words, in: tasks)
        if !partial.isEmpty { return ask(partial, exact: false) }
        // "complete the work task": no title has the word, but tasks tagged with it are meant.
        let tagged = TaskMatcher.taggedMatches(words, in: tasks)
        if tagged.count == 1 { return act(on: tagged[0]) }
        if tagged.count > 1 { return ask(tagged, exact: false) }
        if change == .complete {
            return .calls([.listTasks(ListRequest(status: .completed), limit: Self.fullListLimit)])
        }
        return .reply(ReplyComposer.noMatch(words, status: status))
    }

    /// No pending task matched a completion: if exactly one done task does, it is already
    /// done, which is worth saying instead of "no task matches".
    private func afterDoneList(_ tasks: [TaskSummary], _ words: String) -> TurnPlanner.Step {
        let full = TaskMatcher.fullMatches(words, in: tasks)
        guard full.count == 1 else { return .reply(ReplyComposer.noMatch(words, status: status)) }
        return .reply(ReplyComposer.alreadyDone(full[0]))
    }

    /// The change, made absolute against the task's current tags and date (the list just
    /// read shows them), or the reason it would change nothing.
    private func act(on task: TaskSummary) -> TurnPlanner.Step {
        do {
            return .calls([.change(try change.resolved(against: task), taskID: task.taskID)])
        } catch {
            return .reply(error.reply)
        }
    }

    private func ask(_ tasks: [TaskSummary], exact: Bool) -> TurnPlanner.Step {
        let heading = dueBy.map { "These are due by \($0)." } ?? priority.map { "These are \($0.rawValue) priority." }
        return .reply(ChoiceQuestion.compose(tasks, words: words, verb: verb, exact: exact, everything: everything, heading: heading))
    }

    /// Completing looks among pending tasks and reopening among completed ones.
    var status: TaskStatusFilter {
        switch change {
        case .complete: .pending
        case .update(let edits) where edits.completed == false: .completed
        default: .all
        }
    }

    var verb: String {
        switch change {
        case .complete: "complete"
        case .delete: "delete"
        case .update: change.isReopening ? "reopen" : "update"
        }
    }
}
