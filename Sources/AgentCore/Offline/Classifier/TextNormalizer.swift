import Persistence

/// Turns a message into the tokens the intent model counts, so that spellings which mean
/// the same thing count as one feature.
///
/// The model is trained on a few hundred generated sentences per intent; it can only
/// generalise past them if "don't" and "do not", "colour" and "color", "task 7" and
/// "task 12", "friday" and "in 3 days" look alike to it. So text is lower-cased, quotes and
/// punctuation dropped, contractions expanded, British spellings folded to American ones,
/// and whole classes of words replaced by a placeholder: quoted text, due-date phrases (read
/// by the shared ``DueGrammar``), #tags, numbers and ordinals. Letters typed three times or
/// more ("sooo", "pleeease") count twice, emoji and other symbols separate words, and
/// synonyms become their class token (``WordClasses``), so "nuke" counts as "delete".
enum TextNormalizer {
    static let quote = "<quote>"
    static let date = "<date>"
    static let tag = "<tag>"
    static let number = "<num>"
    static let ordinal = "<ord>"
    /// The tokens that stand for a slot's content rather than a word of the request.
    static let placeholders: Set<String> = [quote, date, tag, number, ordinal]

    /// Words that only soften a request: they say nothing about which one it is, so the
    /// model skips them ("could you pls just delete it" counts as "delete it").
    static let noise: Set<String> = [
        "please", "kindly", "really", "actually", "honestly", "basically", "literally", "maybe", "perhaps",
        "mayb", "um", "uh", "er", "erm", "like", "so", "very", "just",
    ]

    /// The tokens of `text`, in order. `markingDates: false` skips the due-date grammar, for
    /// training text that holds no date outside its `{date}` slot (a test checks it);
    /// `classing: false` keeps synonyms apart, to tell phrasings apart rather than meanings.
    static func tokens(_ text: String, markingDates: Bool = true, classing: Bool = true) -> [String] {
        let quoted = replacingQuotes(in: text.foldingQuotes().lowercased())
        let marked = markingDates ? Self.markingDates(in: quoted) : quoted
        return marked.split(whereSeparator: isSeparator).flatMap { word in expand(String(word), classing: classing) }
    }

    /// "Change it to 'call mom tonight'": what stands in quotes is a title, not a request.
    private static func replacingQuotes(in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "\"" || $0 == "'" }) {
            let opensWord = open == rest.startIndex || rest[rest.index(before: open)].isWhitespace
            let after = rest.index(after: open)
            guard opensWord, let close = rest[after...].firstIndex(of: rest[open]), close > after,
                  rest.index(after: close) == rest.endIndex || !rest[rest.index(after: close)].isLetter
            else {
                result += rest[...open]
                rest = rest[after...]
                continue
            }
            result += rest[..<open] + " \(quote) "
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Every due phrase the shared grammar finds, with its lead words, becomes one placeholder.
    /// A past day ("yesterday") stays a word, as the templates write it: it says when
    /// something was done, never a due date.
    private static func markingDates(in text: String) -> String {
        var text = text
        var marked = 0
        while marked < 4, let match = DueGrammar.firstPhrase(in: text), !match.expression.isPast {
            text = text.removing(match.range).isEmpty ? date : String(text[..<match.range.lowerBound]) + " \(date) " + text[match.range.upperBound...]
            marked += 1
        }
        return text
    }

    private static func isSeparator(_ character: Character) -> Bool {
        !(character.isLetter || character.isNumber || "'#<>_-".contains(character))
    }

    /// One written word as the tokens it stands for.
    private static func expand(_ raw: String, classing: Bool) -> [String] {
        func folded(_ word: String) -> String {
            classing ? WordClasses.token(for: Spellings.fold(word)) : Spellings.fold(word)
        }
        let word = squeezed(raw.trimming("'-"))
        if word.isEmpty { return [] }
        if word.hasPrefix("#") {
            let name = word.dropFirst()
            return name.isEmpty ? [] : name.allSatisfy(\.isNumber) ? [number] : [tag]
        }
        if word.hasPrefix("<") { return [word] }
        if let expansion = Contractions.expansions[word] { return expansion.map(folded) }
        if word.hasSuffix("n't") { return [folded(String(word.dropLast(3))), "not"] }
        if word.hasSuffix("'s") { return [folded(String(word.dropLast(2)))] }
        if let apostrophe = word.firstIndex(of: "'") {
            return [folded(String(word[..<apostrophe]))]
        }
        if word.first?.isNumber == true {
            return [NumberWords.cardinal(word) != nil ? number : NumberWords.ordinal(word) != nil ? ordinal : word]
        }
        if word != "one", NumberWords.cardinal(word) != nil { return [number] }
        if NumberWords.ordinal(word) != nil { return [ordinal] }
        return [folded(word)]
    }

    /// A letter repeated three times or more, as in "sooo" or "pleeease", counts once: no
    /// English word triples a letter, and the stretched words people type ("nooo", "hiii",
    /// "yesss") are mostly short ones with single letters.
    private static func squeezed(_ word: String) -> String {
        var result = ""
        var run = 0
        for character in word {
            run = character == result.last ? run + 1 : 1
            result.append(character)
            if run == 3, character.isLetter { result.removeLast(2) }
            if run > 3, character.isLetter { result.removeLast() }
        }
        return result
    }
}
