/// One HTTP exchange of a streamed completion: send, check the status, relay the stream.
///
/// It decides what a failure means (retry later, retry without `stream_options`, or give up)
/// and leaves the waiting and counting to ``OpenAIProvider``.
struct CompletionAttempt {
    enum Outcome {
        case completed
        /// Nothing reached the caller yet, so trying again is safe.
        case retry(ProviderError, after: Duration?)
        case rejectedStreamOptions
    }

    var configuration: OpenAIConfiguration
    var model: String
    var hasTools: Bool
    var includeUsage: Bool

    /// Error bodies are short; a server that sends more gets cut here.
    private static let errorBodyLimit = 64 * 1024

    func run(body: [UInt8], into continuation: AsyncThrowingStream<ProviderEvent, any Error>.Continuation)
        async throws(ProviderError) -> Outcome {
        let reader = CompletionStreamReader(continuation: continuation)
        let transfer = CurlTransfer.start(
            HTTPRequest(
                url: configuration.completionsURL, headers: headers(), body: body,
                connectTimeout: configuration.connectTimeout, idleTimeout: configuration.idleTimeout,
                silenceNotice: configuration.silenceNotice),
            successBody: reader.receive)
        var events = transfer.makeAsyncIterator()
        var responded = false
        // A silence is announced wherever it falls: before the status line or mid-reply.
        func next() async throws -> HTTPEvent? {
            while let event = try await events.next() {
                guard case .silent(let silence) = event else { return event }
                continuation.yield(.waiting(.silent(silence: silence, limit: configuration.idleTimeout)))
            }
            return nil
        }
        do {
            guard case .response(let status, let headers)? = try await next() else {
                throw Task.isCancelled ? ProviderError.cancelled : .streamEndedEarly
            }
            responded = true
            guard (200..<300).contains(status) else {
                return try classify(status: status, headers: headers, body: try await collect(&events))
            }
            // The body goes to the reader on the transfer's thread; only silences come here.
            while try await next() != nil {}
            if reader.ending == nil, Task.isCancelled { throw ProviderError.cancelled }
            try reader.finish()
            return .completed
        } catch let error as ProviderError {
            throw error
        } catch let error as TransportError {
            // The reader stopped the transfer: at `[DONE]`, or at an error in the stream.
            if reader.ending != nil {
                try reader.finish()
                return .completed
            }
            if error.kind == .connectionLost {
                if !responded { return .retry(ProviderError(error, url: configuration.baseURL), after: nil) }
                throw .streamEndedEarly
            }
            throw ProviderError(error, url: configuration.baseURL)
        } catch {
            throw .cancelled
        }
    }

    private func headers() -> [String] {
        var lines = ["Content-Type: application/json", "Accept: text/event-stream",
                     // libcurl would otherwise wait for "100 Continue" before sending a large body.
                     "Expect:"]
        if let key = configuration.apiKey { lines.append("Authorization: Bearer \(key)") }
        return lines
    }

    private func collect(_ events: inout AsyncThrowingStream<HTTPEvent, any Error>.Iterator) async throws -> [UInt8] {
        var body: [UInt8] = []
        while let event = try await events.next(), body.count < Self.errorBodyLimit {
            if case .body(let bytes) = event { body += bytes }
        }
        return body
    }

    private func classify(status: Int, headers: [String: String], body: [UInt8]) throws(ProviderError) -> Outcome {
        let message = ServerErrorBody.message(in: body)
        let retryAfter = RetryBackoff.retryAfter(headers["retry-after"])
        switch status {
        case 401, 403:
            throw .unauthorized(status: status, message: message)
        case 404:
            throw .notFound(url: configuration.baseURL, model: model, message: message)
        case 429:
            return .retry(.rateLimited(message: message), after: retryAfter)
        case 500...:
            return .retry(.server(status: status, message: message), after: retryAfter)
        default:
            let lowered = message?.lowercased() ?? ""
            if includeUsage, lowered.contains("stream_options") { return .rejectedStreamOptions }
            if hasTools, Self.saysToolsUnsupported(lowered) {
                throw .toolsUnsupported(model: model, message: message ?? "")
            }
            throw .badRequest(status: status, message: message)
        }
    }

    /// The words Ollama ("does not support tools"), vLLM ("--enable-auto-tool-choice") and
    /// llama.cpp ("--jinja") use for a model or server without tool calling.
    private static func saysToolsUnsupported(_ message: String) -> Bool {
        guard message.contains("tool") else { return false }
        return ["not support", "unsupported", "enable-auto-tool-choice", "--jinja"].contains {
            message.contains($0)
        }
    }
}
