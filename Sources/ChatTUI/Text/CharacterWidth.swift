/// How many terminal cells a grapheme cluster occupies: 0, 1 or 2.
///
/// The width of a cluster is decided by its first scalar; combining marks, joiners and
/// variation selectors after it add nothing, except that VS16 turns a text-style emoji into a
/// wide one. This matches what current terminals (and tmux) do with `wcwidth`, so the grid and
/// the screen agree on where each character lands.
enum CharacterWidth {
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if character.isASCII {
            return first.value < 0x20 || first.value == 0x7F ? 0 : 1
        }
        if isZeroWidth(first) { return 0 }
        let properties = first.properties
        if properties.isEmojiPresentation { return 2 }
        if properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return isEastAsianWide(first.value) ? 2 : 1
    }

    /// The width of a whole string, character by character.
    static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Scalars that draw nothing on their own: combining marks (Mn, Me), format characters
    /// (Cf: joiners, bidi marks, soft hyphen's cousins), controls, and variation selectors.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            return scalar.properties.isVariationSelector
        }
    }

    /// East Asian Wide and Fullwidth blocks (UAX #11) that are not emoji.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isEastAsianWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
