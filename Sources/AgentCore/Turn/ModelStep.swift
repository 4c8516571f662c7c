import Persistence

/// What one streamed request produced: the text, the complete tool calls, and how it ended.
///
/// Tool calls reach it only whole (the provider assembles their deltas), so a step that
/// fails or is cancelled midway has nothing but its text to keep.
struct ModelStep {
    enum Ending: Equatable {
        case finished(FinishReason)
        case interrupted
        case failed(ProviderError)
    }

    var text = ""
    /// What the model streamed as reasoning, kept apart from `text`.
    var reasoning: Reasoning?
    var calls: [ToolCall] = []
    var usage: TokenUsage?
    var ending = Ending.interrupted

    var storedReasoning: StoredReasoning? {
        reasoning.map { StoredReasoning(text: $0.text, field: $0.field) }
    }

    /// Streams `request`, relaying text as it arrives, and stops it once text, reasoning and
    /// tool-call arguments together pass `limit` UTF-8 bytes; the text up to there is kept.
    static func run(
        _ request: ChatRequest, on provider: any ChatProvider, limit: Int,
        events: AsyncStream<TurnEvent>.Continuation
    ) async -> ModelStep {
        var step = ModelStep()
        var finish: FinishReason?
        var room = limit
        var overflowed = false
        do {
            reading: for try await event in provider.stream(request) {
                switch event {
                case .textDelta(let text):
                    let kept = text.utf8.count <= room ? text : Self.prefix(of: text, fitting: room)
                    room -= kept.utf8.count
                    step.text += kept
                    if !kept.isEmpty { events.yield(.textDelta(kept)) }
                    if kept.count < text.count {
                        overflowed = true
                        break reading
                    }
                case .reasoningDelta(let piece):
                    guard piece.text.utf8.count <= room else {
                        overflowed = true
                        break reading
                    }
                    room -= piece.text.utf8.count
                    if step.reasoning == nil { step.reasoning = Reasoning(text: "", field: piece.field) }
                    step.reasoning?.text += piece.text
                case .waiting(let wait):
                    events.yield(.waiting(wait))
                case .toolCalls(let calls):
                    let size = calls.reduce(0) { $0 + $1.arguments.utf8.count }
                    guard size <= room else {
                        overflowed = true
                        break reading
                    }
                    room -= size
                    step.calls = ToolCall.identified(step.calls + calls)
                case .finished(let reason, let usage):
                    finish = reason
                    step.usage = usage
                }
            }
            if overflowed {
                step.ending = .failed(.replyTooLong(limit: limit))
            } else if let finish {
                step.ending = .finished(finish)
            } else {
                step.ending = Task.isCancelled ? .interrupted : .failed(.streamEndedEarly)
            }
        } catch let error as ProviderError where error != .cancelled && !Task.isCancelled {
            step.ending = .failed(error)
        } catch is ProviderError, is CancellationError {
            step.ending = .interrupted
        } catch {
            step.ending = Task.isCancelled ? .interrupted : .failed(.streamError(message: String(describing: error)))
        }
        return step
    }

    /// The longest run of whole characters at the start of `text` within `bytes` UTF-8 bytes.
    private static func prefix(of text: String, fitting bytes: Int) -> String {
        var used = 0
        let end = text.firstIndex { character in
            used += character.utf8.count
            return used > bytes
        }
        return String(text[..<(end ?? text.endIndex)])
    }
}
