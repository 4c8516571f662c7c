/// One word of a phrase, lower-cased, with where it sits in the text it came from, so a
/// phrase found among other words can be cut out of them exactly.
struct PhraseToken: Sendable {
    let text: String
    let range: Range<String.Index>
    /// A comma, full stop or similar came right after the word: a phrase ends there.
    let pauseAfter: Bool

    private static let pauses: Set<Character> = [",", ";", "!", "?", "(", ")", "\"", "\u{201C}", "\u{201D}"]

    /// The words of `text`. Colons, hyphens, plus signs and apostrophes stay inside a word
    /// ("17:30", "2025-03-14", "o'clock"); a colon after a word ("tomorrow: call mum") and a
    /// full stop end one, unless the stop is part of "a.m." or "p.m." or sits between digits.
    static func tokens(of text: String) -> [PhraseToken] {
        var tokens: [PhraseToken] = []
        var start: String.Index?
        var index = text.startIndex
        func close(at end: String.Index, pause: Bool) {
            guard let first = start else { return }
            start = nil
            var last = end
            var pauseAfter = pause
            var word = text[first..<end].lowercased()
            if word.hasSuffix(":") || (word.hasSuffix(".") && !["a.m.", "p.m."].contains(where: word.hasSuffix)) {
                word.removeLast()
                last = text.index(before: end)
                pauseAfter = true
            }
            guard !word.isEmpty else { return }
            tokens.append(PhraseToken(text: word, range: first..<last, pauseAfter: pauseAfter))
        }
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                close(at: index, pause: false)
            } else if pauses.contains(character) {
                close(at: index, pause: true)
                if let previous = tokens.indices.last, !tokens[previous].pauseAfter {
                    let token = tokens[previous]
                    tokens[previous] = PhraseToken(text: token.text, range: token.range, pauseAfter: true)
                }
            } else if start == nil {
                start = index
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex, pause: false)
        return tokens
    }
}

extension [PhraseToken] {
    /// Up to `limit` words from `index` on, stopping after a pause.
    func words(from index: Int, limit: Int) -> [String] {
        var words: [String] = []
        var position = index
        while position < count, words.count < limit {
            words.append(self[position].text)
            if self[position].pauseAfter { break }
            position += 1
        }
        return words
    }

    /// The word at `index`, or `nil` past the end.
    func word(at index: Int) -> String? {
        indices.contains(index) ? self[index].text : nil
    }

    /// Whether the word at `index` is one of `choices`, with no pause before it.
    func has(_ choices: Set<String>, at index: Int) -> Bool {
        guard let word = word(at: index) else { return false }
        return choices.contains(word) && (index == 0 || !self[index - 1].pauseAfter)
    }
}
