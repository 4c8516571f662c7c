import AgentCore

extension TurnUpdate {
    /// The chat's view of a turn event. Tool results become the one line the pane shows, the
    /// same line a stored result gets when the conversation is opened again.
    init(_ event: TurnEvent) {
        switch event {
        case .started(let conversationID):
            self = .messageStored(conversationID: conversationID)
        case .textDelta(let text):
            self = .textDelta(text)
        case .waiting(let wait):
            self = .waiting(wait.description)
        case .toolCallStarted(let call):
            self = .toolStarted(name: call.name, argumentsJSON: call.arguments, callID: call.id)
        case .toolResult(let call, let result, let isError):
            let summary = ToolResultSummary(result)
            let failed = isError || summary.isError
            self = .toolFinished(
                name: call.name, summary: summary.text, isError: failed,
                task: failed ? nil : result["task_id"]?.intValue,
                nextTask: failed ? nil : result["next_task_id"]?.intValue, callID: call.id)
        case .finished(let summary):
            self = .finished(usage: summary.usage, interrupted: summary.interrupted, cutOff: summary.cutOff)
        case .failed(let error):
            self = .failed(message: error.description)
        }
    }
}
