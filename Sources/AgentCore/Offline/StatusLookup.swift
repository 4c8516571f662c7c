/// Answers "did I water the plants?" or "is the garage one high?" from the list: done or
/// still pending, the level it has, or no such task.
struct StatusLookup {
    var question: StatusQuestion

    /// First the task's words as a search, whose one hit the next message can call "it"; when
    /// no title holds them as said, every task, matched word by word.
    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        guard let last = exchanges.last else {
            return .calls([.listTasks(ListRequest(status: .all, search: question.words))])
        }
        do {
            let tasks = TaskMatcher.fullMatches(question.words, in: try last.listed().tasks)
            if tasks.isEmpty, last.call.hasArgument("search") {
                return .calls([.listTasks(ListRequest(status: .all), limit: TargetLookup.fullListLimit)])
            }
            return .reply(ReplyComposer.status(of: tasks, asked: question))
        } catch {
            return .reply(error.reply)
        }
    }
}
