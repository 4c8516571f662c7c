/// Makes a change that depends on a task's current fields when the task is named by id.
///
/// Adding a tag or moving a due date by a week needs the task's tags and date, and the
/// tools offer no single-task read: the list is read page by page until ``TaskIDSearch``
/// has found each id. Any id that is missing, or whose change would do nothing, stops the
/// whole request before anything is written.
struct IdLookup {
    var change: TaskChange
    var taskIDs: [Int]

    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        let reads = exchanges.prefix { $0.call.name == TaskTool.listTasks.rawValue }
        let changes = exchanges.dropFirst(reads.count)
        guard changes.isEmpty else {
            return .reply(changes.map { TurnPlanner.report($0, reopened: false) }.joined(separator: "\n"))
        }
        var pages: [TaskIDSearch.Page] = []
        for read in reads {
            do {
                let result = try read.listed()
                pages.append(TaskIDSearch.Page(
                    offset: Self.offset(of: read.call), tasks: result.tasks, count: result.count ?? result.tasks.count))
            } catch {
                return .reply(error.reply)
            }
        }
        switch TaskIDSearch(taskIDs: taskIDs).next(after: pages) {
        case .read(let offset):
            return .calls([.listTasks(ListRequest(status: .all), limit: TargetLookup.fullListLimit, offset: offset)])
        case .missing(let taskID):
            return .reply(ReplyComposer.unseenTask(taskID, searched: nil))
        case .unreached(let taskID):
            return .reply(ReplyComposer.unseenTask(taskID, searched: Set(pages.flatMap { $0.tasks.map(\.taskID) }).count))
        case .found:
            return decide(pages.flatMap(\.tasks))
        }
    }

    private func decide(_ tasks: [TaskSummary]) -> TurnPlanner.Step {
        var calls: [PlannedCall] = []
        for taskID in taskIDs {
            guard let task = tasks.first(where: { $0.taskID == taskID }) else {
                return .reply(ReplyComposer.unseenTask(taskID, searched: nil))
            }
            do {
                calls.append(.change(try change.resolved(against: task), taskID: taskID))
            } catch {
                return .reply(error.reply)
            }
        }
        return .calls(calls)
    }

    /// The `offset` a page was read from, as the engine itself asked for it.
    private static func offset(of call: ToolCall) -> Int {
        guard case .int(let offset)? = (try? JSONValue(parsing: call.arguments))?["offset"] else { return 0 }
        return Int(offset)
    }
}
