/// Puts a slip of the keyboard right for the model: a word of five letters or more that
/// the model never saw, one edit from a word of its training text ("agnda", "overveiw"),
/// counts as that word.
///
/// Only the model's input is corrected, never the words slots are cut from, so a title
/// word that happens to be one edit from a command word ("plants", "plans") stays in the
/// title. The rules' own ``TypoCorrector`` fixes a short list of command words before any
/// of this; this one knows every word the templates use.
struct VocabularyCorrector: Sendable {
    /// Training words of four letters or more by length, each list sorted so a slip near
    /// two of them always goes the same way; a slip is looked for among words one letter
    /// shorter, as long, or one longer only.
    private let wordsByLength: [Int: [String]]
    private let known: Set<String>

    /// `vocabulary`: the raw words of the training text; `known`: the tokens the model counts.
    init(vocabulary: some Sequence<String>, known: Set<String>) {
        self.init(words: Self.words(of: vocabulary), known: known)
    }

    /// `words`: as ``words(of:)`` gives them, which is how they are shipped.
    init(words: [String], known: Set<String>) {
        wordsByLength = Dictionary(grouping: words, by: \.count)
        self.known = known
    }

    /// The words a slip is looked for among: those of four letters or more, once each, sorted.
    static func words(of vocabulary: some Sequence<String>) -> [String] {
        Set(vocabulary.filter { $0.count >= 4 }).sorted()
    }

    /// `tokens` with each unknown long word replaced by the tokens of its nearest training word.
    func corrected(_ tokens: [String]) -> [String] {
        tokens.flatMap { token -> [String] in
            let length = token.count
            guard length >= 5, !known.contains(token), token.allSatisfy(\.isLetter),
                  let word = [length, length - 1, length + 1].lazy.compactMap({ self.wordsByLength[$0]?.first { TypoCorrector.isOneEditAway(token, $0) } }).first
            else { return [token] }
            return TextNormalizer.tokens(word, markingDates: false)
        }
    }
}
