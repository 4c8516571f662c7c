/// Makes a change that depends on a task's current fields when the task is named by id.
///
/// Adding a tag or moving a due date by a week needs the task's tags and date, and the
/// tools offer no single-task read: the full list is read once (as ``TargetLookup`` reads
/// it for a name) and each id is found in it. Any id that is missing, or whose change
/// would do nothing, stops the whole request before anything is written.
struct IdLookup {
    var change: TaskChange
    var taskIDs: [Int]

    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        guard let first = exchanges.first else {
            return .calls([.listTasks(ListRequest(status: .all), limit: TargetLookup.fullListLimit)])
        }
        let changes = exchanges.dropFirst()
        guard changes.isEmpty else {
            return .reply(changes.map { TurnPlanner.report($0, reopened: false) }.joined(separator: "\n"))
        }
        switch ToolOutcome(json: first.result ?? #"{"error": "no result"}"#) {
        case .failed(let message):
            return .reply(ReplyComposer.failure(tool: first.call.name, taskID: nil, message: message))
        case .changed, .unreadable:
            return .reply(ReplyComposer.unreadable(tool: first.call.name))
        case .listed(let result):
            return decide(result)
        }
    }

    private func decide(_ result: TaskListResult) -> TurnPlanner.Step {
        var calls: [PlannedCall] = []
        for taskID in taskIDs {
            guard let task = result.tasks.first(where: { $0.taskID == taskID }) else {
                return .reply(ReplyComposer.unseenTask(taskID, truncated: result.truncated == true))
            }
            do {
                calls.append(.change(try change.resolved(against: task), taskID: taskID))
            } catch {
                return .reply(error.reply)
            }
        }
        return .calls(calls)
    }
}
