/// A ``ChatProvider`` for any server that speaks OpenAI's chat completions API: OpenAI,
/// Ollama, llama.cpp, vLLM, LM Studio, OpenRouter and the like.
///
/// Each step is one streamed request over libcurl. HTTP 429, 5xx and connections lost before
/// the reply began are retried with backoff; nothing is retried once a word has reached the
/// caller. Each wait is announced first (``ProviderWait``); a `Retry-After` longer than
/// ``OpenAIConfiguration/maxRetryDelay`` fails at once instead of being cut short, as a
/// retry the server asked us not to make would only be turned away again. A server that
/// rejects `stream_options` is asked again without them, and this provider remembers not
/// to send them again.
public final class OpenAIProvider: ChatProvider {
    /// Waits before a retry; tests pass one that records the wait and returns at once.
    public typealias Sleeper = @Sendable (Duration) async throws -> Void

    public let configuration: OpenAIConfiguration
    private let sleep: Sleeper
    private let backoff: RetryBackoff
    private let streamOptionsRejected = LockedValue(false)

    public init(configuration: OpenAIConfiguration,
                sleep: @escaping Sleeper = { try await Task.sleep(for: $0) }) {
        self.configuration = configuration
        self.sleep = sleep
        backoff = RetryBackoff(cap: configuration.maxRetryDelay)
    }

    public var displayName: String { "openai:\(configuration.model)" }

    /// Streams the step for `request`, using `request.model`, or the configured model when
    /// the request names none. The stream throws only ``ProviderError``s.
    public func stream(_ request: ChatRequest) -> AsyncThrowingStream<ProviderEvent, any Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: ProviderEvent.self)
        let task = Task {
            do throws(ProviderError) {
                try await run(request, into: continuation)
                continuation.finish()
            } catch {
                continuation.finish(throwing: error.redacting(configuration.apiKey))
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func run(_ request: ChatRequest,
                     into continuation: AsyncThrowingStream<ProviderEvent, any Error>.Continuation)
        async throws(ProviderError) {
        let model = request.model.isEmpty ? configuration.model : request.model
        var retries = 0
        while true {
            let includeUsage = configuration.includeUsage && !streamOptionsRejected.value
            let body = try encode(request, model: model, includeUsage: includeUsage)
            let attempt = CompletionAttempt(configuration: configuration, model: model,
                                            hasTools: !request.tools.isEmpty, includeUsage: includeUsage)
            switch try await attempt.run(body: body, into: continuation) {
            case .completed:
                return
            case .rejectedStreamOptions:
                streamOptionsRejected.value = true
            case .retry(let error, let retryAfter):
                guard retries < configuration.maxRetries else { throw error }
                if let retryAfter, retryAfter > configuration.maxRetryDelay {
                    throw Self.refusingToWait(retryAfter, after: error)
                }
                let delay = backoff.delay(beforeRetry: retries, retryAfter: retryAfter)
                retries += 1
                // A wait under a second is over before anyone could read about it.
                if delay >= .seconds(1) {
                    continuation.yield(.waiting(.retrying(
                        reason: Self.reason(error), delay: delay, attempt: retries, limit: configuration.maxRetries)))
                }
                do {
                    try await sleep(delay)
                } catch {
                    throw .cancelled
                }
            }
        }
    }

    /// What turned the request away, in the words of a wait notice.
    private static func reason(_ error: ProviderError) -> String {
        switch error {
        case .rateLimited: "server busy (HTTP 429)"
        case .server(let status, _): "server error (HTTP \(status))"
        default: "connection lost"
        }
    }

    private static func refusingToWait(_ wait: Duration, after error: ProviderError) -> ProviderError {
        switch error {
        case .rateLimited(let message): .retryTooLong(status: 429, wait: wait, message: message)
        case .server(let status, let message): .retryTooLong(status: status, wait: wait, message: message)
        default: error
        }
    }

    private func encode(_ request: ChatRequest, model: String, includeUsage: Bool) throws(ProviderError) -> [UInt8] {
        try ChatCompletionRequestBody(request, model: model, includeUsage: includeUsage).json()
    }
}
