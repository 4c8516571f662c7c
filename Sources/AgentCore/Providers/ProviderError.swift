/// Why a provider could not answer, worded for the person at the keyboard.
///
/// Every description is one line saying what to do next. None contains an API key: messages
/// quoted from a server are scrubbed of it before they get here (see ``OpenAIProvider``).
public enum ProviderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing accepted the connection (refused, unreachable).
    case cannotConnect(url: String)
    case hostNotFound(url: String)
    case tls(url: String, detail: String)
    /// The server did not answer in time, or fell silent mid-reply.
    case timedOut(url: String)
    /// Any other network failure, with libcurl's words.
    case network(url: String, detail: String)
    /// HTTP 401 or 403.
    case unauthorized(status: Int, message: String?)
    /// HTTP 404: usually a wrong model name or a base URL without `/v1`.
    case notFound(url: String, model: String, message: String?)
    /// HTTP 400 (or another 4xx) with the server's explanation.
    case badRequest(status: Int, message: String?)
    /// The model or server cannot call tools.
    case toolsUnsupported(model: String, message: String)
    /// HTTP 429, after the retries ran out.
    case rateLimited(message: String?)
    /// HTTP 5xx, after the retries ran out.
    case server(status: Int, message: String?)
    /// A 429 or 5xx whose `Retry-After` is longer than this client waits: failing at once
    /// beats a silent wait the person cannot see the end of.
    case retryTooLong(status: Int, wait: Duration, message: String?)
    /// An error the server sent inside an otherwise successful stream.
    case streamError(message: String)
    /// The reply stopped before `[DONE]`.
    case streamEndedEarly
    /// `[DONE]` came with no text, no tool call and no finish reason.
    case emptyReply
    /// The reply grew past `limit` bytes: a runaway or endless stream, stopped before it
    /// fills the memory and the database.
    case replyTooLong(limit: Int)
    /// A `data:` payload that is not the JSON of a chunk; carries its start.
    case malformedChunk(String)
    /// A request this client could not encode, such as a tool message without a call id.
    case invalidRequest(String)
    case cancelled

    public var description: String {
        switch self {
        case .cannotConnect(let url):
            "Could not connect to \(url) — is the server running? Set OPENAI_BASE_URL or --base-url to the right address."
        case .hostNotFound(let url):
            "Could not resolve the host of \(url) — check OPENAI_BASE_URL (or --base-url) and your network."
        case .tls(let url, let detail):
            "Secure connection to \(url) failed (\(detail)) — check the URL's scheme and the system certificates."
        case .timedOut(let url):
            "\(url) did not answer in time — the server may be overloaded; try again "
                + "(CHATTUI_CONNECT_TIMEOUT and CHATTUI_IDLE_TIMEOUT set how long to wait)."
        case .network(let url, let detail):
            Self.sentence("Network error talking to \(url): \(detail)")
        case .unauthorized(let status, let message):
            "The server refused the API key (HTTP \(status))\(Self.quoted(message)) — check OPENAI_API_KEY."
        case .notFound(let url, let model, let message):
            "Not found (HTTP 404) at \(url)\(Self.quoted(message)) — check the model name '\(model)' (CHATTUI_MODEL or --model) and that OPENAI_BASE_URL ends in /v1."
        case .badRequest(let status, let message):
            Self.sentence("The server rejected the request (HTTP \(status))\(Self.quoted(message))")
        case .toolsUnsupported(let model, let message):
            "The model '\(model)' cannot use tools (\(message)) — pick a model with tool support, or run with --no-tools."
        case .rateLimited(let message):
            "Rate limited by the server (HTTP 429)\(Self.quoted(message)) — wait a moment and try again, or check your plan's quota."
        case .server(let status, let message):
            "The server failed (HTTP \(status))\(Self.quoted(message)) — try again later."
        case .retryTooLong(let status, let wait, let message):
            "The server asked to wait \(ProviderWait.format(wait)) before trying again (HTTP \(status))"
                + "\(Self.quoted(message)) — that is longer than chattui waits; try again later."
        case .streamError(let message):
            "The server reported an error mid-reply: \(message)"
        case .streamEndedEarly:
            "The reply was cut off: the connection closed before the server finished — try again."
        case .emptyReply:
            "The server ended the reply without any text, tool call or reason — try again; "
                + "if it keeps happening, check the server's log."
        case .replyTooLong(let limit):
            "The reply passed \(Self.size(limit)) and was stopped there; what came before is kept — "
                + "ask for a shorter answer."
        case .malformedChunk(let excerpt):
            "The server sent something that is not a chat completion chunk: \(excerpt)"
        case .invalidRequest(let reason):
            "Could not build the request: \(reason)."
        case .cancelled:
            "Cancelled."
        }
    }

    /// `text` ending in a full stop, unless a server's message already ended it with one
    /// (or with `!`, `?` or `…`): "…the API.." reads as a typo.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?…".contains(last) else { return text }
        return text + "."
    }

    private static func size(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    private static func quoted(_ message: String?) -> String {
        guard let message, !message.isEmpty else { return "" }
        return ": \(message)"
    }
}
