import Testing
@testable import AgentCore

/// What one `stream(_:)` produced.
struct StreamOutcome {
    var events: [ProviderEvent] = []
    var error: ProviderError?

    var text: String {
        events.map { if case .textDelta(let text) = $0 { text } else { "" } }.joined()
    }

    var finish: ProviderEvent? { events.last { if case .finished = $0 { true } else { false } } }
}

extension ChatProvider {
    /// Runs `request` to the end, keeping events and the error instead of throwing.
    func outcome(of request: ChatRequest) async -> StreamOutcome {
        var outcome = StreamOutcome()
        do {
            for try await event in stream(request) { outcome.events.append(event) }
        } catch let error as ProviderError {
            outcome.error = error
        } catch {
            Issue.record("not a ProviderError: \(error)")
        }
        return outcome
    }
}

/// A sleeper that notes each wait and returns at once.
actor SleepRecorder {
    private(set) var delays: [Duration] = []

    nonisolated var sleeper: OpenAIProvider.Sleeper {
        { duration in await self.record(duration) }
    }

    private func record(_ duration: Duration) { delays.append(duration) }
}

extension ChatRequest {
    static func user(_ text: String, tools: [ToolDefinition] = []) -> ChatRequest {
        ChatRequest(model: "test-model", messages: [.system("You keep a to-do list."), .user(text)], tools: tools)
    }
}

extension ToolDefinition {
    static let addTask = ToolDefinition(
        name: "add_task", description: "Adds a task.",
        parametersSchema: #"{"type": "object", "properties": {"title": {"type": "string"}}, "required": ["title"]}"#)
}
