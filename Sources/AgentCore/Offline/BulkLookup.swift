import Persistence

/// Changes every task a selection picks ("bump all the work ones to high", "bin everything
/// tagged work").
///
/// One list is read and the selection applied to it; every task it picks is changed in the
/// same request, so one "undo" takes the whole change back. A task the change would leave as
/// it is (already high) is passed over rather than failing the rest.
struct BulkLookup {
    var change: TaskChange
    var selection: TaskSelection

    /// The tasks read: those the selection says, else every task for a delete, the done ones
    /// to reopen, and the pending ones for anything else ("push everything due tomorrow" moves
    /// nothing already done).
    var status: TaskStatusFilter {
        if let status = selection.status { return status }
        if change == .delete { return .all }
        return change.isReopening ? .completed : .pending
    }

    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        guard let first = exchanges.first else {
            // A tag and a level are filtered by the tool, so a long list is cut after them.
            let request = ListRequest(status: status, priority: selection.priority, tag: selection.tag)
            return .calls([.listTasks(request, limit: TargetLookup.fullListLimit)])
        }
        let changes = exchanges.dropFirst()
        guard changes.isEmpty else {
            let reports = changes.map { TurnPlanner.report($0, reopened: change.isReopening) }
            let undo = reports.count > 1 ? [ReplyComposer.undoAll(reports.count)] : []
            let cut = (try? first.listed())?.truncated == true ? [ReplyComposer.bulkCut(TargetLookup.fullListLimit)] : []
            return .reply((reports + undo + cut).joined(separator: "\n"))
        }
        let picked: [TaskSummary]
        do {
            picked = selection.picks(try first.listed().tasks)
        } catch {
            return .reply(error.reply)
        }
        guard !picked.isEmpty else {
            return .reply(ReplyComposer.noneSelected(selection, status: status))
        }
        var refusal: EditRefusal?
        let calls = picked.filter { !change.leavesAsItIs($0) }.compactMap { task -> PlannedCall? in
            do throws(EditRefusal) {
                return .change(try change.resolved(against: task), taskID: task.taskID)
            } catch {
                refusal = refusal ?? error
                return nil
            }
        }
        if calls.isEmpty, let refusal { return .reply(refusal.reply) }
        if calls.isEmpty { return .reply(ReplyComposer.alreadyAsAsked(picked.count)) }
        return .calls(calls)
    }
}

private extension TaskChange {
    /// "set everything due tomorrow to high": a task at that level already needs no call.
    func leavesAsItIs(_ task: TaskSummary) -> Bool {
        guard case .update(let edits) = self, let priority = edits.priority else { return false }
        return edits == TaskEdits(priority: priority) && task.priority == priority.rawValue
    }
}

extension TaskEdits {
    /// The one tag an edit only takes off, which said of every task picks those carrying it.
    var tagsTakenOffEverything: String? {
        guard case .removing(let tags)? = tags, tags.count == 1, self == TaskEdits(tags: .removing(tags)) else { return nil }
        return tags.first?.lowercased()
    }
}
