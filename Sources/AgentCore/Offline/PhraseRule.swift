/// A case-insensitive pattern for one kind of phrase and the value the matched words stand for.
///
/// Patterns use non-capturing groups only: the grammar captures the whole phrase itself.
/// They are whole-word: `lead` words (such as "by" in "by friday") are removed with the
/// phrase but never seen by `value`. Swift's Regex has no lookbehind, so the character before
/// the phrase is consumed too; that is a space or punctuation the cleanup drops anyway.
struct PhraseRule: Sendable {
    let pattern: String
    /// A phrase this rule must read, so a test can reach every rule.
    let example: String
    let value: @Sendable (Substring) -> String?

    init(_ pattern: String, example: String, value: @escaping @Sendable (Substring) -> String?) {
        self.pattern = pattern
        self.example = example
        self.value = value
    }

    init(_ pattern: String, example: String, always constant: String) {
        self.init(pattern, example: example) { _ in constant }
    }
}

/// Rules compiled once, in order, with the lead words each may carry.
///
/// Building a Regex is costly, so each extractor keeps its grammar in a `static let`, which
/// Swift builds on first use only: a run that never reads a priority never compiles one.
///
/// `@unchecked`: this toolchain's `Regex` is not marked `Sendable`, but it is an immutable
/// value whose lowered program is created once through an atomic initialisation, so sharing
/// it between threads is safe; nothing here is mutable after `init`.
struct PhraseGrammar: @unchecked Sendable {
    let rules: [PhraseRule]
    private let regexes: [Regex<(Substring, Substring)>]

    init(_ rules: [PhraseRule], lead: String = "") throws {
        self.rules = rules
        regexes = try rules.map {
            try Regex("(?i)(?:^|[^\\w#])" + lead + "(" + $0.pattern + ")(?!\\w)", as: (Substring, Substring).self)
        }
    }

    /// The grammar, or a trap naming the rule: the patterns are constants, so one that does
    /// not compile is a programmer's mistake that `PhraseGrammarTests` catches first.
    static func compiled(_ rules: [PhraseRule], lead: String = "") -> PhraseGrammar {
        do {
            return try PhraseGrammar(rules, lead: lead)
        } catch {
            preconditionFailure("a phrase rule does not compile: \(error)")
        }
    }

    /// The first rule, in order, that matches `text`, with its value and the text without it.
    func firstMatch(in text: String) -> (value: String, rest: String)? {
        rules.indices.lazy.compactMap { match(rule: $0, in: text) }.first
    }

    /// What rule number `index` alone reads in `text`.
    func match(rule index: Int, in text: String) -> (value: String, rest: String)? {
        guard let match = text.firstMatch(of: regexes[index]),
              let value = rules[index].value(match.output.1)
        else { return nil }
        return (value, text.removing(match.range))
    }
}
