import Persistence

/// Turns the Server-Sent Events of one streamed completion into provider events.
///
/// Text goes out as it arrives; tool calls and the finish wait for `[DONE]`, because the usage
/// chunk comes after the one carrying `finish_reason`.
struct CompletionStreamDecoder {
    private var toolCalls = ToolCallAssembler()
    private var finishReason: String?
    private var usage: TokenUsage?

    mutating func consume(_ event: SSEEvent) throws(ProviderError) -> [ProviderEvent] {
        switch event {
        case .done:
            return finalEvents()
        case .message(let name, let data):
            if name == "error" {
                throw .streamError(message: ServerErrorBody.message(in: Array(data.utf8)) ?? "unknown error")
            }
            return try consume(chunkData: data)
        }
    }

    /// The stream's end without `[DONE]`: complete if the server had said why it stopped, since
    /// a few servers close right after the last chunk; otherwise the reply was cut.
    func finishWithoutDone() throws(ProviderError) -> [ProviderEvent] {
        guard finishReason != nil else { throw .streamEndedEarly }
        return finalEvents()
    }

    private mutating func consume(chunkData data: String) throws(ProviderError) -> [ProviderEvent] {
        let chunk: ChatCompletionChunk
        do {
            chunk = try JSONCoding.decoder.decode(ChatCompletionChunk.self, from: Array(data.utf8))
        } catch {
            throw .malformedChunk(String(data.prefix(120)))
        }
        if let error = chunk.error {
            throw .streamError(message: error.message ?? "unknown error")
        }
        if let usage = chunk.usage { self.usage = usage.tokenUsage }
        var events: [ProviderEvent] = []
        // Only the first choice: we never ask for n > 1.
        if let choice = chunk.choices?.first(where: { ($0.index ?? 0) == 0 }) {
            if let text = choice.delta?.content, !text.isEmpty { events.append(.textDelta(text)) }
            for delta in choice.delta?.toolCalls ?? [] { toolCalls.add(delta) }
            if let reason = choice.finishReason { finishReason = reason }
        }
        return events
    }

    private func finalEvents() -> [ProviderEvent] {
        let calls = toolCalls.toolCalls()
        return (calls.isEmpty ? [] : [.toolCalls(calls)]) + [.finished(reason(hasCalls: !calls.isEmpty), usage)]
    }

    private func reason(hasCalls: Bool) -> FinishReason {
        switch finishReason {
        case "length": .length
        case "content_filter": .contentFilter
        case "tool_calls", "function_call": .toolCalls
        case "stop": .stop
        default: hasCalls ? .toolCalls : .stop
        }
    }
}
