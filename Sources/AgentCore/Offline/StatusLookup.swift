/// Answers "did I water the plants?" or "is the garage one high?" from the list: done or
/// still pending, the level it has, or no such task.
struct StatusLookup {
    var question: StatusQuestion

    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        guard let first = exchanges.first else {
            return .calls([.listTasks(ListRequest(status: .all), limit: TargetLookup.fullListLimit)])
        }
        do {
            let tasks = TaskMatcher.fullMatches(question.words, in: try first.listed().tasks)
            return .reply(ReplyComposer.status(of: tasks, asked: question))
        } catch {
            return .reply(error.reply)
        }
    }
}
