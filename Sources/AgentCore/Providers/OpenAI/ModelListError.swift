/// Why `GET {base}/models` gave no list, worded for the status line or the chat.
public enum ModelListError: Error, Equatable, Sendable, CustomStringConvertible {
    /// HTTP 404 or 405: the server has no such endpoint (some proxies and local servers).
    case noEndpoint(url: String, status: Int)
    /// The body was not `{"data": [{"id": …}, …]}`.
    case unreadable(url: String)
    /// The server could not be reached or refused the request.
    case provider(ProviderError)

    public var description: String {
        switch self {
        case .noEndpoint(let url, let status):
            "\(url) does not list its models (HTTP \(status)). /model NAME still switches to a model it knows."
        case .unreadable(let url):
            "\(url) answered with something that is not a model list."
        case .provider(let error):
            error.description
        }
    }
}
