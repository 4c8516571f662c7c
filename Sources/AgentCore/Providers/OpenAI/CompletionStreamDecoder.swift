import Persistence

/// Turns the Server-Sent Events of one streamed completion into provider events.
///
/// Text goes out as it arrives; tool calls and the finish wait for `[DONE]`, because the usage
/// chunk comes after the one carrying `finish_reason`.
struct CompletionStreamDecoder {
    private var toolCalls = ToolCallAssembler()
    private var finishReason: String?
    private var usage: TokenUsage?
    /// Text or a refusal reached the caller.
    private var answered = false
    private var refused = false

    /// Put before a refusal, which is shown as the reply: the person should know the model
    /// declined rather than answered.
    static let refusalMark = "Refused: "

    mutating func consume(_ event: SSEEvent) throws(ProviderError) -> [ProviderEvent] {
        switch event {
        case .done:
            // llama.cpp ends a failed request with [DONE] too; an answer with nothing in it
            // would otherwise pass for a reply.
            guard answered || finishReason != nil || !toolCalls.isEmpty else { throw .emptyReply }
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
            chunk = try ChatCompletionChunk(json: data)
        } catch {
            throw .malformedChunk(String(data.prefix(120)))
        }
        if let error = chunk.error {
            throw .streamError(message: error.message ?? "unknown error")
        }
        if let usage = chunk.usage { self.usage = usage.tokenUsage }
        // Only the first choice: we never ask for n > 1.
        guard let choice = chunk.choices?.first(where: { ($0.index ?? 0) == 0 }) else { return [] }
        var events: [ProviderEvent] = []
        if let delta = choice.delta {
            events += reasoning(in: delta)
            if let text = delta.content?.text, !text.isEmpty { events.append(.textDelta(text)) }
            if let refusal = delta.refusal, !refusal.isEmpty {
                events.append(.textDelta(refused ? refusal : Self.refusalMark + refusal))
                refused = true
            }
            let extras = delta.toolCalls == nil ? [] : ToolCallExtras.members(inChunk: data)
            for (position, call) in (delta.toolCalls ?? []).enumerated() {
                toolCalls.add(call, extra: position < extras.count ? extras[position] : [])
            }
        }
        if let reason = choice.finishReason { finishReason = reason }
        if events.contains(where: Self.isReply) { answered = true }
        return events
    }

    private func reasoning(in delta: ChatCompletionChunk.Delta) -> [ProviderEvent] {
        var events: [ProviderEvent] = []
        if let text = delta.reasoningContent, !text.isEmpty {
            events.append(.reasoningDelta(Reasoning(text: text, field: "reasoning_content")))
        }
        if let text = delta.reasoning, !text.isEmpty {
            events.append(.reasoningDelta(Reasoning(text: text, field: "reasoning")))
        }
        if let text = delta.content?.thinking, !text.isEmpty {
            events.append(.reasoningDelta(Reasoning(text: text, field: nil)))
        }
        return events
    }

    private static func isReply(_ event: ProviderEvent) -> Bool {
        if case .textDelta = event { return true }
        return false
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
