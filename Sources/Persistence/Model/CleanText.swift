/// The one cleaning every task title, description and tag gets before it is checked
/// and stored, whichever front end it came from (and a conversation's title, taken from
/// its first message).
///
/// Such text is drawn in lists, on status lines and in other programs' terminals, so it
/// must not carry characters that are invisible or that move the cursor: C0 and C1
/// controls (DEL included) are removed, and so are the bidi embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), which can make a title read in another
/// order than it was typed. A NUL is removed like any other control, never kept to cut
/// the text short. Line breaks are kept where they mean something: a description keeps
/// its lines and tabs, while a title or tag is one line, so its line breaks and tabs
/// become one space.
enum CleanText {
    /// One line: each run of line breaks and tabs becomes a single space.
    static func oneLine(_ text: String) -> String {
        var result = ""
        var inBreak = false
        for character in text {
            if character.isNewline || character == "\t" {
                if !inBreak { result.append(" ") }
                inBreak = true
                continue
            }
            inBreak = false
            result.unicodeScalars.append(contentsOf: character.unicodeScalars.filter { !isRemoved($0) })
        }
        return result
    }

    /// Several lines: every line break (CR LF, CR, U+2028, …) becomes "\n"; tabs stay.
    static func multiline(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isNewline {
                result.append("\n")
                continue
            }
            result.unicodeScalars.append(contentsOf: character.unicodeScalars.filter { $0 == "\t" || !isRemoved($0) })
        }
        return result
    }

    /// C0, DEL, C1, and the bidi embeddings, overrides and isolates. The bidi marks
    /// (LRM, RLM, ALM) stay: right-to-left text needs them and they cannot reorder a line.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
