/// Answers "did I water the plants?" from the list: done, still pending, or no such task.
struct StatusLookup {
    var words: String

    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        guard let first = exchanges.first else {
            return .calls([.listTasks(ListRequest(status: .all), limit: TargetLookup.fullListLimit)])
        }
        do {
            return .reply(ReplyComposer.status(of: TaskMatcher.fullMatches(words, in: try first.listed().tasks), words: words))
        } catch {
            return .reply(error.reply)
        }
    }
}
