/// Changes several tasks named by words in one request ("finish the dentist and the bike").
///
/// One full list is read, then each name must match exactly one task, and no two names the
/// same one; otherwise nothing is changed and the reply says which name was unclear, so a
/// request that half works never half writes. A remark among the names ("sold it") names
/// nothing and is passed over.
struct SeveralLookup {
    var change: TaskChange
    var names: [String]

    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        let lookup = TargetLookup(change: change, words: nil)
        guard let first = exchanges.first else {
            return .calls([.listTasks(ListRequest(status: lookup.status), limit: TargetLookup.fullListLimit)])
        }
        let changes = exchanges.dropFirst()
        guard changes.isEmpty else {
            return .reply(changes.map { TurnPlanner.report($0, reopened: change.isReopening) }.joined(separator: "\n"))
        }
        do {
            return decide(try first.listed().tasks, verb: lookup.verb)
        } catch {
            return .reply(error.reply)
        }
    }

    private func decide(_ tasks: [TaskSummary], verb: String) -> TurnPlanner.Step {
        let whole = TaskMatcher.fullMatches(names.joined(separator: " and "), in: tasks)
        if whole.count == 1 { return calls(for: whole) }
        var chosen: [TaskSummary] = []
        for (place, name) in names.enumerated() {
            if place > 0, Self.isRemark(name), TaskMatcher.fullMatches(name, in: tasks).isEmpty,
               TaskMatcher.coveredMatch(name, in: tasks) == nil {
                continue
            }
            let full = TaskMatcher.fullMatches(name, in: tasks)
            let covered = TaskMatcher.coveredMatch(name, in: tasks)
            // "did the shopping and …": a name no title holds may be the one task's tag.
            let tagged = TaskMatcher.taggedMatches(name, in: tasks)
            let matches = full.isEmpty ? covered.map { [$0] } ?? (tagged.count == 1 ? tagged : []) : full
            guard matches.count == 1, !chosen.contains(where: { $0.taskID == matches[0].taskID }) else {
                return .reply(ReplyComposer.unclearName(name, matches: matches.count, verb: verb))
            }
            chosen.append(matches[0])
        }
        return calls(for: chosen)
    }

    /// Words that make a part a clause about the change rather than a task's name.
    private static let clauseWords: Set<String> = [
        "it", "them", "me", "i", "i'm", "im", "i've", "ive", "i'll", "we", "we're", "they", "they're", "he", "she",
        "he's", "she's", "it's", "now", "not", "anymore", "already", "doing",
    ]

    /// "sold it", "my brothers doing it", "the tenants pay me now", "not the garage": after the
    /// first name, a part that names no task and reads as a clause is a remark on the change
    /// ("delete the bike, sold it"), and the change goes ahead on the names that are tasks.
    private static func isRemark(_ name: String) -> Bool {
        name.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init).contains {
            clauseWords.contains($0) || EnglishWords.irregularPast[$0] != nil
        }
    }

    /// One call per task, each edit made absolute against that task; if any would change
    /// nothing, none is made.
    private func calls(for tasks: [TaskSummary]) -> TurnPlanner.Step {
        do {
            return .calls(try tasks.map { task throws(EditRefusal) in .change(try change.resolved(against: task), taskID: task.taskID) })
        } catch {
            return .reply(error.reply)
        }
    }
}
