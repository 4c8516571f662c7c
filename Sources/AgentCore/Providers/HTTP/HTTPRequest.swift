/// One HTTP POST, as the transfer thread needs it.
///
/// The headers may hold the API key: this value is never printed or logged.
struct HTTPRequest: Sendable {
    var url: String
    /// Complete header lines, such as `Content-Type: application/json`.
    var headers: [String]
    var body: [UInt8]
    var connectTimeout: Duration
    /// How long the server may stay silent, before or during the response, before we give up.
    var idleTimeout: Duration
    /// How long a silence lasts before it is announced.
    var silenceNotice: Duration
}
