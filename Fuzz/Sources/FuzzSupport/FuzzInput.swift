/// The bytes libFuzzer hands a target, with the few ways every target reads them.
///
/// The first byte, when there is one, chooses how the rest is cut into chunks, so one
/// input explores both the whole-buffer path and the split-anywhere path of the
/// incremental parsers: network reads and terminal reads end at arbitrary bytes.
public struct FuzzInput {
    public let bytes: [UInt8]

    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    }

    /// The bytes after the first, as text, invalid UTF-8 repaired the way Swift reads a file.
    public var text: String { String(decoding: bytes.dropFirst(), as: UTF8.self) }

    /// The bytes after the first, cut into chunks of 1 to 16 bytes chosen by the first byte
    /// (0 keeps them whole).
    public var chunks: [ArraySlice<UInt8>] {
        let body = bytes.dropFirst()
        let size = Int(bytes.first ?? 0) % 17
        guard size > 0 else { return [body] }
        return stride(from: body.startIndex, to: body.endIndex, by: size).map {
            body[$0..<min($0 + size, body.endIndex)]
        }
    }

    /// Stops the run with a message libFuzzer records beside the crashing input.
    public static func fail(_ message: String) -> Never {
        fatalError("fuzz invariant broken: \(message)")
    }
}
