import AgentCore

/// `ask --json`: one object once the turn is over, with every string exactly as the
/// model or the tools produced it (JSON escapes, not sanitising, keep it safe).
struct AskJSONReporter: AskReporter {
    private var output = StandardOutput()
    private var toolCalls: [JSONValue] = []

    mutating func report(_ event: TurnEvent) {
        switch event {
        case .toolResult(let call, let result, _):
            toolCalls.append(["name": .string(call.name), "arguments": .string(call.arguments), "result": result])
        case .finished(let summary):
            output.write(object(summary).prettyText + "\n")
        case .waiting(let wait):
            // stdout keeps its one JSON object; a person watching still hears about the wait.
            StandardError.writeLine(wait.description)
        case .started, .textDelta, .toolCallStarted, .failed:
            break
        }
    }

    private func object(_ summary: TurnSummary) -> JSONValue {
        [
            "conversation_id": .int(summary.conversationID),
            "reply": .string(summary.reply),
            "interrupted": .bool(summary.interrupted),
            "cut_off": .bool(summary.cutOff),
            "tool_calls": .array(toolCalls),
            "usage": summary.usage.map(ConversationJSON.usage) ?? .null,
            "model": .string(summary.model),
        ]
    }
}
