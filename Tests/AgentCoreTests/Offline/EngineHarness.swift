@testable import AgentCore

/// Drives the offline engine one step at a time, the way the turn loop does.
struct EngineHarness {
    var messages: [ChatMessage]

    /// `prompt` is the system prompt; the held-out world sends the app's own, which gives
    /// the day (``PromptClock``).
    init(prompt: String = "You keep the user's to-do list.") {
        messages = [.system(prompt)]
    }

    /// The events of the next step, read through the public streaming interface.
    func nextEvents() async throws -> [ProviderEvent] {
        var events: [ProviderEvent] = []
        let request = ChatRequest(model: "offline", messages: messages, tools: [])
        for try await event in OfflineEngine().stream(request) {
            events.append(event)
        }
        return events
    }

    /// Sends `text` and returns the tool calls of the step, stored as the turn loop would.
    mutating func say(_ text: String) async throws -> Step {
        messages.append(.user(text))
        return try await step()
    }

    /// Answers the pending calls with `results`, in order, and returns the next step.
    mutating func answer(_ results: String...) async throws -> Step {
        try await answer(results)
    }

    /// Answers the pending calls with `results`, in order, and returns the next step.
    mutating func answer(_ results: [String]) async throws -> Step {
        guard let calls = messages.last?.toolCalls else { return .reply("no pending calls") }
        for (call, result) in zip(calls, results) {
            messages.append(.tool(callID: call.id, result: result))
        }
        return try await step()
    }

    private mutating func step() async throws -> Step {
        let events = try await nextEvents()
        var text = ""
        for event in events {
            switch event {
            case .textDelta(let delta):
                text += delta
            case .toolCalls(let calls):
                messages.append(.assistant("", toolCalls: calls))
                return .calls(calls)
            case .finished, .reasoningDelta, .waiting:
                break
            }
        }
        messages.append(.assistant(text))
        return .reply(text)
    }

    enum Step: Equatable {
        case reply(String)
        case calls([ToolCall])

        var text: String? {
            if case .reply(let text) = self { return text }
            return nil
        }

        /// The single call of the step as name and arguments, or `nil`.
        var call: (name: String, arguments: JSONValue)? {
            guard case .calls(let calls) = self, calls.count == 1 else { return nil }
            return (calls[0].name, JSONValue.parse(calls[0].arguments))
        }
    }
}
