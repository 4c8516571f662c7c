/// The provider that works without a network: a deterministic intent parser that turns
/// plain-English task requests into the task tools' calls and answers from their results.
///
/// Like a model, it is stateless: each request carries the whole conversation, and the next
/// step is decided from it alone, so the turn loop and persistence cannot tell the difference.
public struct OfflineEngine: ChatProvider {
    public var displayName: String { "offline" }

    public init() {}

    public func stream(_ request: ChatRequest) -> AsyncThrowingStream<ProviderEvent, any Error> {
        let events = Self.events(for: request.messages)
        return AsyncThrowingStream { continuation in
            for event in events { continuation.yield(event) }
            continuation.finish()
        }
    }

    /// Everything the stream will yield, in order: text in word groups then `.finished(.stop)`,
    /// or one `.toolCalls` then `.finished(.toolCalls)`.
    static func events(for messages: [ChatMessage]) -> [ProviderEvent] {
        DueText.$currentYear.withValue(year(in: messages)) {
            PromptClock.$current.withValue(PromptClock.reading(messages)) { plannedEvents(for: messages) }
        }
    }

    /// "Today is Thursday 26 November 2026 (2026-11-26); …": the system prompt's date, so a
    /// reply can tell a date next year from one this year.
    static let todayInPrompt = Pattern(#/Today is [^(\n]*\((\d{4})-\d{2}-\d{2}\)/#, example: "Today is Thursday 26 November 2026 (2026-11-26)")

    private static func year(in messages: [ChatMessage]) -> Int? {
        guard let prompt = messages.first(where: { $0.role == .system }),
              let match = prompt.content.firstMatch(of: todayInPrompt.regex)
        else { return nil }
        return Int(match.output.1)
    }

    private static func plannedEvents(for messages: [ChatMessage]) -> [ProviderEvent] {
        switch TurnPlanner.nextStep(for: messages) {
        case .reply(let text):
            return TextChunker.chunks(text).map(ProviderEvent.textDelta) + [.finished(.stop, nil)]
        case .calls(let planned):
            let first = TurnTranscript(messages).nextCallNumber
            let calls = planned.enumerated().map { offset, call in
                ToolCall(id: "call_\(first + offset)", name: call.name, arguments: call.argumentsJSON)
            }
            return [.toolCalls(calls), .finished(.toolCalls, nil)]
        }
    }
}
