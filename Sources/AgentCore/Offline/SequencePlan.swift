/// Runs the requests of one message in order, in one turn, and answers them in one reply.
///
/// The engine is stateless, so which request a stored call belongs to is worked out again
/// each step: each request is planned on the calls after the previous one's, and the calls
/// it asks for are the next ones in the turn, until it replies. A request that ends in a
/// question stops the rest, since its answer could not be told apart from theirs.
struct SequencePlan {
    var parts: [Intent]

    func nextStep(after exchanges: [TurnTranscript.Exchange]) -> TurnPlanner.Step {
        var used = 0
        var replies: [String] = []
        for (index, part) in parts.enumerated() {
            var seen = 0
            var step = TurnPlanner.plan(part, after: [])
            while case .calls(let calls) = step {
                guard used + seen + calls.count <= exchanges.count else { return step }
                seen += calls.count
                step = TurnPlanner.plan(part, after: Array(exchanges[used..<(used + seen)]))
            }
            guard case .reply(let text) = step else { return step }
            replies.append(text)
            used += seen
            if ChoiceQuestion(reading: text) != nil, index < parts.count - 1 {
                replies.append(ReplyComposer.stoppedAtQuestion)
                break
            }
        }
        return .reply(replies.joined(separator: "\n"))
    }
}
