/// What a transfer reports, in order: one `.response`, then the body in pieces.
enum HTTPEvent: Sendable {
    /// Status and headers (names in lower case), sent when the body starts or the transfer ends.
    case response(status: Int, headers: [String: String])
    case body([UInt8])
}
