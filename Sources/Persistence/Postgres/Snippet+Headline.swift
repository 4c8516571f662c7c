extension Snippet {
    /// `ts_headline`'s output shaped as SQLite's `snippet()` shapes its own: `…` where the
    /// excerpt starts or ends inside the text, and a typed phrase marked as one match.
    ///
    /// `ts_headline` marks each matching word apart (`[pay] [bill]`) where SQLite marks the
    /// text found (`[pay bill]`), so matches that only white space or punctuation
    /// separate become one.
    init(headline: String, cutBefore: Bool, cutAfter: Bool) {
        self.init(marked: (cutBefore ? "…" : "") + headline + (cutAfter ? "…" : ""))
        var joined: [Part] = []
        for part in parts {
            if part.isMatch, joined.count >= 2, joined[joined.count - 2].isMatch,
                let gap = joined.last, !gap.text.contains(where: { $0.isLetter || $0.isNumber })
            {
                joined.removeLast()
                joined[joined.count - 1].text += gap.text + part.text
            } else {
                joined.append(part)
            }
        }
        parts = joined
    }
}
