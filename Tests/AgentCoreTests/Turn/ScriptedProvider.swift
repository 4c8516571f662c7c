import Foundation
import Persistence
@testable import AgentCore

/// A provider that plays one scripted step per request, in order, and keeps every
/// request it was sent; past the end of the script each reply is the text "ok".
final class ScriptedProvider: ChatProvider, @unchecked Sendable {
    enum Step {
        /// These events, then the end of the stream.
        case events([ProviderEvent])
        /// These events, then the error.
        case failing([ProviderEvent], ProviderError)
        /// These events, then nothing until the request is cancelled.
        case hanging([ProviderEvent])
    }

    private let lock = NSLock()
    private var steps: [Step]
    private var received: [ChatRequest] = []

    init(_ steps: [Step]) {
        self.steps = steps
    }

    /// A step that answers with `text` in two pieces.
    static func reply(_ text: String, usage: TokenUsage? = nil, finish: FinishReason = .stop) -> Step {
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        return .events([.textDelta(String(text[..<middle])), .textDelta(String(text[middle...])), .finished(finish, usage)])
    }

    static func calls(_ calls: ToolCall..., text: String = "") -> Step {
        .events((text.isEmpty ? [] : [.textDelta(text)]) + [.toolCalls(calls), .finished(.toolCalls, nil)])
    }

    var displayName: String { "scripted" }

    var requests: [ChatRequest] { lock.withLock { received } }

    func stream(_ request: ChatRequest) -> AsyncThrowingStream<ProviderEvent, any Error> {
        let step: Step = lock.withLock {
            received.append(request)
            return steps.isEmpty ? Self.reply("ok") : steps.removeFirst()
        }
        return AsyncThrowingStream { continuation in
            switch step {
            case .events(let events):
                events.forEach { continuation.yield($0) }
                continuation.finish()
            case .failing(let events, let error):
                events.forEach { continuation.yield($0) }
                continuation.finish(throwing: error)
            case .hanging(let events):
                events.forEach { continuation.yield($0) }
            }
        }
    }
}
