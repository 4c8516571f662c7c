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

    /// Streams `request`, relaying text as it arrives.
    static func run(
        _ request: ChatRequest, on provider: any ChatProvider, events: AsyncStream<TurnEvent>.Continuation
    ) async -> ModelStep {
        var step = ModelStep()
        var finish: FinishReason?
        do {
            for try await event in provider.stream(request) {
                switch event {
                case .textDelta(let text):
                    step.text += text
                    events.yield(.textDelta(text))
                case .reasoningDelta(let piece):
                    step.reasoning = Reasoning(
                        text: (step.reasoning?.text ?? "") + piece.text, field: step.reasoning?.field ?? piece.field)
                case .waiting(let wait):
                    events.yield(.waiting(wait))
                case .toolCalls(let calls):
                    step.calls = ToolCall.identified(step.calls + calls)
                case .finished(let reason, let usage):
                    finish = reason
                    step.usage = usage
                }
            }
            if let finish {
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
}
