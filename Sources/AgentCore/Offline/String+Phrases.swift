/// Small text surgery shared by the phrase extractors.
extension String {
    /// The text with `range` cut out and the whitespace around the cut collapsed.
    func removing(_ range: Range<String.Index>) -> String {
        (String(self[..<range.lowerBound]) + " " + String(self[range.upperBound...])).collapsingSpaces()
    }

    /// Runs of whitespace become one space, with none at either end.
    func collapsingSpaces() -> String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Typographic apostrophes and quotes as ASCII, so patterns need one spelling of "don't".
    func foldingQuotes() -> String {
        replacing("\u{2019}", with: "'")
            .replacing("\u{2018}", with: "'")
            .replacing("\u{201C}", with: "\"")
            .replacing("\u{201D}", with: "\"")
    }

    /// The first letter upper-cased and the rest untouched, so "call Bob" keeps Bob.
    func capitalizingFirstLetter() -> String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }

    /// The string without any of `characters` at either end.
    func trimming(_ characters: String) -> String {
        let set = Set(characters)
        let head = drop { set.contains($0) }
        return String(head.reversed().drop { set.contains($0) }.reversed())
    }
}
