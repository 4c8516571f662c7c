/// Decides the engine's next step from the conversation alone, as a model would.
enum TurnPlanner {
    /// A reply that ends the turn, or tool calls whose results come back in the next request.
    enum Step: Equatable {
        case reply(String)
        case calls([PlannedCall])
    }

    static func nextStep(for messages: [ChatMessage]) -> Step {
        let transcript = TurnTranscript(messages)
        guard let userIndex = transcript.lastUserIndex else { return .reply(ReplyComposer.greeting) }
        if transcript.isAnswered { return .reply(ReplyComposer.anythingElse) }
        switch IntentResolver.resolve(userAt: userIndex, in: transcript) {
        case .say(let text):
            return .reply(text)
        case .act(.undo) where transcript.exchanges.isEmpty:
            // "tick off 4 and 9", "undo the last one": the one change, not the whole request.
            let lastOnly = transcript.messages[userIndex].content.firstMatch(of: lastChangeOnly.regex) != nil
            return .calls(Array(repeating: .undo, count: lastOnly ? 1 : max(1, transcript.changes(ofRequestBefore: userIndex))))
        case .act(let intent):
            return plan(intent, after: transcript.exchanges)
        }
    }

    static let lastChangeOnly = Pattern(#/(?i)\b(?:(?:the\s+)?last\s+(?:one|change|bit|thing)|(?:just|only)\s+(?:the\s+)?(?:one|last))\b/#, example: "undo the last one")

    static func plan(_ intent: Intent, after exchanges: [TurnTranscript.Exchange]) -> Step {
        switch intent {
        case .help: return .reply(ReplyComposer.help)
        case .askStatus(let question): return StatusLookup(question: question).nextStep(after: exchanges)
        case .sequence(let parts): return SequencePlan(parts: parts).nextStep(after: exchanges)
        case .greeting: return .reply(ReplyComposer.greeting)
        case .thanks: return .reply(ReplyComposer.thanks)
        case .acknowledgement: return .reply(ReplyComposer.acknowledgement)
        case .undo:
            guard !exchanges.isEmpty else { return .calls([.undo]) }
            return .reply(exchanges.map { ReplyComposer.undone($0.result.flatMap { try? JSONValue(parsing: $0) }) }.joined(separator: "\n"))
        case .unknown, .pick: return .reply(ReplyComposer.unknown)
        case .offTopic: return .reply(ReplyComposer.offTopic)
        case .suggest(let suggestion): return .reply(ReplyComposer.suggestion(suggestion))
        case .impossible(let reason): return .reply(ReplyComposer.impossibleChange(reason))
        case .add(let task) where task.title.isEmpty:
            return .reply(ReplyComposer.missingTitle)
        case .add(let task) where task.dueProblem != nil, .remind(let task) where task.dueProblem != nil:
            return .reply(ReplyComposer.impossibleDate(task.dueProblem ?? ""))
        // "put the dentist call tmrw afternoon": a reminder that moves a task it names is
        // weighed against the list first (``ReminderLookup``), and doubted only if none matches.
        case .add(let task) where AddDoubt.reason(task.title) != nil,
             .remind(let task) where AddDoubt.reason(task.title) != nil && task.title.firstMatch(of: ReminderLookup.madeInto.regex) == nil:
            return .reply(ReplyComposer.doubtfulAdd(AddDoubt.reason(task.title) ?? ""))
        case .remind(let task):
            return ReminderLookup(task: task).nextStep(after: exchanges)
        case .add(let task):
            guard let last = exchanges.last else { return .calls([.addTask(task)]) }
            return .reply(report(last, reopened: false))
        case .addMany(let tasks):
            guard !exchanges.isEmpty else { return .calls(tasks.map(PlannedCall.addTask)) }
            return .reply(exchanges.map { report($0, reopened: false) }.joined(separator: "\n"))
        case .list(let query):
            guard let last = exchanges.last else { return .calls([.listTasks(query)]) }
            if case .listed(let result) = ToolOutcome(json: last.result ?? "") {
                let widenings = query.widenings
                if result.tasks.isEmpty, exchanges.count <= widenings.count {
                    return .calls([.listTasks(widenings[exchanges.count - 1])])
                }
                return .reply(ReplyComposer.list(result, query: exchanges.count > 1 ? widenings[exchanges.count - 2] : query))
            }
            return .reply(report(last, reopened: false))
        case .change(let change, .id(let taskID)) where change.needsCurrentTask,
             .change(let change, .position(let taskID)) where change.needsCurrentTask,
             .change(let change, .numbered(let taskID)) where change.needsCurrentTask:
            return IdLookup(change: change, taskIDs: [taskID]).nextStep(after: exchanges)
        case .change(let change, .ids(let taskIDs)) where change.needsCurrentTask:
            return IdLookup(change: change, taskIDs: taskIDs).nextStep(after: exchanges)
        case .change(let change, .id(let taskID)), .change(let change, .position(let taskID)), .change(let change, .numbered(let taskID)):
            guard let last = exchanges.last else { return .calls([.change(change, taskID: taskID)]) }
            return .reply(report(last, reopened: change.isReopening))
        case .change(let change, .ids(let taskIDs)):
            guard !exchanges.isEmpty else { return .calls(taskIDs.map { .change(change, taskID: $0) }) }
            return .reply(exchanges.map { report($0, reopened: change.isReopening) }.joined(separator: "\n"))
        case .change(let change, .words(let words)):
            return TargetLookup(change: change, words: words).nextStep(after: exchanges)
        case .change(let change, .pronoun):
            return TargetLookup(change: change, words: nil).nextStep(after: exchanges)
        case .change(.update(let edits), .all) where edits.tagsTakenOffEverything != nil:
            // "remove the work tag from everything": every task that carries it, done ones too.
            let selection = TaskSelection(tag: edits.tagsTakenOffEverything, status: .all)
            return BulkLookup(change: .update(edits), selection: selection).nextStep(after: exchanges)
        case .change(let change, .all):
            return TargetLookup(change: change, words: nil, everything: true).nextStep(after: exchanges)
        case .change(let change, .several(let names)):
            return SeveralLookup(change: change, names: names).nextStep(after: exchanges)
        case .change(let change, .dueOn(let day)):
            return TargetLookup(change: change, words: nil, dueBy: day).nextStep(after: exchanges)
        case .change(let change, .ofPriority(let priority)):
            return TargetLookup(change: change, words: nil, priority: priority).nextStep(after: exchanges)
        case .change(let change, .matching(let selection)):
            return BulkLookup(change: change, selection: selection).nextStep(after: exchanges)
        case .change(_, .lastListed), .change(_, .positions):
            // The resolver puts the listed tasks' ids here; with no list, it asks.
            return .reply(ReplyComposer.noListShown)
        }
    }

    /// The reply to a call that changed a task: its confirmation, or its error passed on.
    static func report(_ exchange: TurnTranscript.Exchange, reopened: Bool) -> String {
        let tool = exchange.call.name
        switch ToolOutcome(json: exchange.result ?? #"{"error": "no result"}"#) {
        case .failed(let message):
            return ReplyComposer.failure(tool: tool, taskID: exchange.call.taskID, message: message)
        case .changed(let result):
            guard let known = TaskTool(rawValue: tool) else { return ReplyComposer.undone(try? JSONValue(parsing: exchange.result ?? "")) }
            let confirmed = ReplyComposer.confirmation(tool: known, result: result, reopened: reopened)
            guard known == .updateTask || known == .addTask else { return confirmed }
            // A cleared field and a note are no part of the task's line, so the reply says them.
            let cleared = ClearableField.allCases.filter { exchange.call.clearsArgument($0.rawValue) }.map(ReplyComposer.cleared)
            let note = exchange.call.textArgument("description").map { "Its note reads “\(TaskLine.singleLine($0))”." }
            return ([confirmed] + cleared + [note].compactMap { $0 }).joined(separator: " ")
        case .listed, .unreadable:
            return ReplyComposer.unreadable(tool: tool)
        }
    }
}

extension TaskChange {
    /// An update whose only edit is `completed: false`, which the user calls reopening.
    var isReopening: Bool {
        self == .update(TaskEdits(completed: false))
    }
}
