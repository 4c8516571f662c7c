/// One HTTP POST (or a GET, which sends no body), as the transfer thread needs it.
///
/// The headers may hold the API key: this value is never printed or logged.
struct HTTPRequest: Sendable {
    enum Method: Sendable {
        case get, post
    }

    var url: String
    /// Complete header lines, such as `Content-Type: application/json`.
    var headers: [String]
    var body: [UInt8]
    var connectTimeout: Duration
    /// How long the server may stay silent, before or during the response, before we give up.
    var idleTimeout: Duration
    /// How long a silence lasts before it is announced.
    var silenceNotice: Duration
    var method: Method = .post
}
