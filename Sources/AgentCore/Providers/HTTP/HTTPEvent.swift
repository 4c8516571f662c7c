/// What a transfer reports, in order: one `.response`, then the body in pieces; `.silent`
/// may come at any point before the end.
enum HTTPEvent: Sendable {
    /// Status and headers (names in lower case), sent when the body starts or the transfer ends.
    case response(status: Int, headers: [String: String])
    case body([UInt8])
    /// Nothing has arrived for this long (first after ``HTTPRequest/silenceNotice``, then
    /// every 30 s); the transfer goes on until the idle timeout.
    case silent(Duration)
}
