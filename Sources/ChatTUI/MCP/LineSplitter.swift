import Foundation

/// Cuts the bytes read from stdin into newline-delimited messages, in time linear in
/// the input, and refuses a message longer than a limit without keeping it in memory.
///
/// Only the bytes of each new chunk are searched for a newline: the SDK's stdio
/// transport searched everything still pending after every 4 KiB read, so a line of n
/// bytes cost n²/4096 byte comparisons (25 s of CPU for 4 MB) while nothing was answered.
struct LineSplitter: Sendable {
    /// What one stretch of input amounts to.
    enum Line: Sendable, Equatable {
        case message(Data)
        /// A message grew past the limit. Its bytes up to the next newline are skipped,
        /// so the message after it is read normally.
        case tooLong
    }

    /// The largest message `chattui mcp` reads: far above any task tool call (a title is
    /// a line of text), low enough that a runaway client cannot make the server buffer
    /// without bound. docs/mcp.md quotes it.
    static let standardLimit = 8 * 1024 * 1024

    let limit: Int
    private var pending: [UInt8] = []
    private var skippingToNewline = false

    init(limit: Int = standardLimit) {
        self.limit = limit
    }

    /// The lines `chunk` completes, in order; a line of only blanks is not a message.
    mutating func append(_ chunk: some Collection<UInt8>) -> [Line] {
        var lines: [Line] = []
        var rest = chunk[...]
        while !rest.isEmpty {
            let newline = rest.firstIndex(of: UInt8(ascii: "\n"))
            let piece = rest[..<(newline ?? rest.endIndex)]
            if skippingToNewline {
                skippingToNewline = newline == nil
            } else if pending.count + piece.count > limit {
                pending = []
                skippingToNewline = newline == nil
                lines.append(.tooLong)
            } else {
                pending.append(contentsOf: piece)
                if newline != nil { lines += takePending() }
            }
            guard let newline else { break }
            rest = rest[rest.index(after: newline)...]
        }
        return lines
    }

    /// At the end of input: a last message the client did not end with a newline.
    mutating func finish() -> [Line] {
        defer { skippingToNewline = false }
        return skippingToNewline ? [] : takePending()
    }

    private mutating func takePending() -> [Line] {
        defer { pending = [] }
        return pending.allSatisfy(Self.isBlank) ? [] : [.message(Data(pending))]
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
