import Foundation

extension ProviderError {
    /// The same error with every occurrence of `secret` masked.
    ///
    /// Servers quote what they were sent: OpenAI's 401 names part of the key, a careless proxy
    /// may echo the whole Authorization header. Scrubbing here, where every error leaves the
    /// provider, keeps the key out of the screen, the logs and the database.
    func redacting(_ secret: String?) -> ProviderError {
        guard let secret, !secret.isEmpty else { return self }
        func scrub(_ text: String) -> String { text.replacingOccurrences(of: secret, with: "[redacted]") }
        func scrub(_ text: String?) -> String? { text.map(scrub) }
        switch self {
        case .cannotConnect(let url): return .cannotConnect(url: scrub(url))
        case .hostNotFound(let url): return .hostNotFound(url: scrub(url))
        case .tls(let url, let detail): return .tls(url: scrub(url), detail: scrub(detail))
        case .timedOut(let url): return .timedOut(url: scrub(url))
        case .network(let url, let detail): return .network(url: scrub(url), detail: scrub(detail))
        case .unauthorized(let status, let message): return .unauthorized(status: status, message: scrub(message))
        case .notFound(let url, let model, let message):
            return .notFound(url: scrub(url), model: scrub(model), message: scrub(message))
        case .badRequest(let status, let message): return .badRequest(status: status, message: scrub(message))
        case .toolsUnsupported(let model, let message):
            return .toolsUnsupported(model: scrub(model), message: scrub(message))
        case .rateLimited(let message): return .rateLimited(message: scrub(message))
        case .server(let status, let message): return .server(status: status, message: scrub(message))
        case .retryTooLong(let status, let wait, let message):
            return .retryTooLong(status: status, wait: wait, message: scrub(message))
        case .streamError(let message): return .streamError(message: scrub(message))
        case .malformedChunk(let excerpt): return .malformedChunk(scrub(excerpt))
        case .invalidRequest(let reason): return .invalidRequest(scrub(reason))
        case .streamEndedEarly, .emptyReply, .replyTooLong, .cancelled: return self
        }
    }
}
