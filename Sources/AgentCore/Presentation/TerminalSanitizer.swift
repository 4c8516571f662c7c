/// Makes untrusted text (model replies, task titles, pasted input) safe to put on a terminal.
///
/// Escape sequences are removed whole, not just their ESC byte, so `ESC[2J` does not leave
/// a stray `[2J` behind; other control characters are dropped, tabs become spaces, and
/// bidirectional overrides (which can make text read differently from what it is) go too.
public enum TerminalSanitizer {
    public static func sanitize(_ text: String, keepNewlines: Bool = true) -> String {
        sanitizeLines(text[...], keepNewlines: keepNewlines).text
    }

    /// Sanitises `text` and also says where its last line starts outside any escape
    /// sequence: the text before that point sanitises the same on its own, so a reply that
    /// grows need only sanitise (and lay out) what comes after it again.
    public static func sanitizeLines(_ text: Substring, keepNewlines: Bool = true)
        -> (text: String, lastLineStart: String.Index?)
    {
        var output = String.UnicodeScalarView()
        var scalars = ScalarCursor(text.unicodeScalars)
        var lastLineStart: String.Index?
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequenceBody(&scalars)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                skipStringBody(&scalars)
            case 0x0A:
                output.append(keepNewlines ? scalar : " ")
                lastLineStart = scalars.position
            case 0x09:
                output.append(contentsOf: "    ".unicodeScalars)
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                output.append(scalar)
            }
        }
        return (String(output), lastLineStart)
    }

    /// After ESC: CSI (`[`), OSC/DCS/PM/APC/SOS strings, or a two-character sequence.
    private static func skipEscapeSequence(_ scalars: inout ScalarCursor) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[": skipControlSequenceBody(&scalars)
        case "]", "P", "^", "_", "X": skipStringBody(&scalars)
        case " "..."/":
            // An intermediate byte: the sequence ends at the next final byte.
            while let next = scalars.next(), (0x20...0x2F).contains(next.value) {}
        default: return
        }
    }

    /// Parameters and intermediates up to the final byte (0x40–0x7E).
    private static func skipControlSequenceBody(_ scalars: inout ScalarCursor) {
        while let next = scalars.next() {
            if (0x40...0x7E).contains(next.value) || next.value < 0x20 { return }
        }
    }

    /// A control string ends at BEL, ST (ESC \) or the 8-bit ST.
    private static func skipStringBody(_ scalars: inout ScalarCursor) {
        while let next = scalars.next() {
            switch next.value {
            case 0x07, 0x9C: return
            case 0x1B:
                _ = scalars.next()
                return
            default: continue
            }
        }
    }
}

/// Walks a text's scalars like an iterator, but can say where it stands.
private struct ScalarCursor {
    private let scalars: Substring.UnicodeScalarView
    private(set) var position: String.Index

    init(_ scalars: Substring.UnicodeScalarView) {
        self.scalars = scalars
        position = scalars.startIndex
    }

    mutating func next() -> Unicode.Scalar? {
        guard position < scalars.endIndex else { return nil }
        defer { position = scalars.index(after: position) }
        return scalars[position]
    }
}
