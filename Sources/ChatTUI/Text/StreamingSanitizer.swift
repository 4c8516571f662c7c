import AgentCore

/// Sanitises a reply that arrives in pieces, as ``TerminalSanitizer`` would the whole.
///
/// An escape sequence split across two pieces would otherwise lose its introducer with
/// the first and print its tail (`[31m`) with the second. A short tail that starts with
/// an introducer is held back until the next piece shows where it ends; nothing unsafe
/// is ever written either way, so the hold is bounded rather than exact.
struct StreamingSanitizer {
    /// Longer control strings are rare and dropped whole by the sanitiser anyway.
    private static let longestHeld = 64
    private static let introducers: Set<UInt32> = [0x1B, 0x9B, 0x90, 0x9D, 0x98, 0x9E, 0x9F]

    private var held = ""

    /// The safe text of `piece` that can be shown now.
    mutating func feed(_ piece: String) -> String {
        let text = held + piece
        let scalars = text.unicodeScalars
        var index = scalars.endIndex
        for _ in 0..<Self.longestHeld where index > scalars.startIndex {
            index = scalars.index(before: index)
            if Self.introducers.contains(scalars[index].value) {
                held = String(scalars[index...])
                return TerminalSanitizer.sanitize(String(scalars[..<index]))
            }
        }
        held = ""
        return TerminalSanitizer.sanitize(text)
    }

    /// Whatever is still held, sanitised, at the end of the reply.
    mutating func flush() -> String {
        defer { held = "" }
        return TerminalSanitizer.sanitize(held)
    }
}
