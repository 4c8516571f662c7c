/// Answers "did I water the plants?" from the list: done, still pending, or no such task.
struct StatusLookup {
    var words: String

    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        guard let first = exchanges.first else {
            return .calls([.listTasks(ListRequest(status: .all), limit: TargetLookup.fullListLimit)])
        }
        switch ToolOutcome(json: first.result ?? #"{"error": "no result"}"#) {
        case .failed(let message):
            return .reply(ReplyComposer.failure(tool: first.call.name, taskID: nil, message: message))
        case .changed, .unreadable:
            return .reply(ReplyComposer.unreadable(tool: first.call.name))
        case .listed(let result):
            return .reply(ReplyComposer.status(of: TaskMatcher.fullMatches(words, in: result.tasks), words: words))
        }
    }
}
