/// The generated training set: every template of ``TrainingTemplates`` with each of its
/// verbs, its other slots filled from ``TrainingFillers`` in rotation, as normalised tokens.
///
/// Generation is deterministic (no randomness), so the model and its tests are the same on
/// every run. Each template and each filler is normalised once and the pieces joined, which
/// keeps training to a few milliseconds; a due-date phrase never spans a slot's edge, so the
/// joined tokens are the tokens of the whole sentence.
enum TrainingExamples {
    struct Example: Sendable {
        var label: IntentLabel
        var tokens: [String]
    }

    /// At least this many examples per template set with slots, by repeating it with other
    /// fillers (at most four times); a set of fixed sentences ("hello") is said once.
    static let minimumPerSet = 120

    /// `classing: false` keeps synonyms apart, for the test that no held-out phrasing is
    /// generated here: "trash #6" is not a training sentence because "delete #14" is one.
    static func generate(classing: Bool = true) -> [Example] {
        var fillers = TrainingFillers.slots.mapValues { $0.map { tokens(ofPiece: $0, classing: classing) } }
        fillers["date"] = [[TextNormalizer.date]]
        var examples: [Example] = []
        for set in classing ? parsed : parse(classing: false) {
            let hasFillers = set.templates.contains { $0.contains { if case .slot(let name) = $0 { name != "v" } else { false } } }
            let size = set.templates.count * set.verbs.count
            let rounds = hasFillers ? min(max((minimumPerSet + size - 1) / size, 1), 4) : 1
            for round in 0..<rounds {
                for (t, template) in set.templates.enumerated() {
                    for (v, verb) in set.verbs.enumerated() {
                        let tokens = template.flatMap { piece -> [String] in
                            switch piece {
                            case .text(let text): return text
                            case .slot("v"): return verb
                            case .slot(let name):
                                let choices = fillers[name] ?? []
                                return choices.isEmpty ? [] : choices[(t * 7 + v * 3 + round * 5 + name.count) % choices.count]
                            }
                        }
                        examples.append(Example(label: set.label, tokens: tokens))
                    }
                }
            }
        }
        return examples
    }

    /// Each label's words around the slots: its templates' text and its verbs.
    static func carrierTokens() -> [IntentLabel: Set<String>] {
        var words: [IntentLabel: Set<String>] = [:]
        for set in parsed {
            for template in set.templates {
                for case .text(let text) in template { words[set.label, default: []].formUnion(text) }
            }
            for verb in set.verbs { words[set.label, default: []].formUnion(verb) }
        }
        return words.mapValues { $0.subtracting(TextNormalizer.placeholders) }
    }

    /// Every word the training text is written with, as typed (lower case), for the typo
    /// corrector: templates, verbs, fillers and the synonyms ``WordClasses`` knows.
    static func rawWords() -> [String] {
        let texts = TrainingTemplates.all.flatMap { $0.templates + $0.verbs } + TrainingFillers.slots.values.joined()
        let words = texts.flatMap { $0.lowercased().split { !$0.isLetter }.map(String.init) }
        return words.filter { !$0.isEmpty } + WordClasses.sortedMembers
    }

    /// A template set with its templates and verbs normalised, once per process.
    private struct ParsedSet: Sendable {
        var label: IntentLabel
        var templates: [[Piece]]
        var verbs: [[String]]
    }

    /// A template's text or a filler as tokens, without the due-date grammar: dates stand
    /// only in `{date}` slots, whose fillers are all one `<date>` (a test checks both), so
    /// training never pays for the grammar's pass, which was most of its cost.
    static func tokens(ofPiece text: String, classing: Bool = true) -> [String] {
        TextNormalizer.tokens(text, markingDates: false, classing: classing)
    }

    /// Every piece of text and filler the templates are made of, for that test.
    static func pieces() -> [String] {
        let texts = TrainingTemplates.all.flatMap { set in
            set.verbs + set.templates.flatMap { template in
                template.split(separator: "{", omittingEmptySubsequences: false).map { chunk in
                    String(chunk.split(separator: "}", omittingEmptySubsequences: false).last ?? "")
                }
            }
        }
        return texts + TrainingFillers.slots.filter { $0.key != "date" }.values.joined()
    }

    /// Pieces of text repeat across templates (" to ", " is done"), so each distinct one is
    /// normalised once.
    private static let parsed = parse(classing: true)

    private static func parse(classing: Bool) -> [ParsedSet] {
        var known: [String: [String]] = [:]
        func normalised(_ text: String) -> [String] {
            if let cached = known[text] { return cached }
            let tokens = tokens(ofPiece: text, classing: classing)
            known[text] = tokens
            return tokens
        }
        return TrainingTemplates.all.map { set in
            ParsedSet(label: set.label, templates: set.templates.map { split($0, normalising: normalised) }, verbs: set.verbs.map(normalised))
        }
    }

    private enum Piece: Sendable {
        case text([String])
        case slot(String)
    }

    /// "{v} a task to {title}" as its slots and its normalised words between them.
    private static func split(_ template: String, normalising tokens: (String) -> [String]) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pieces.append(.text(tokens(String(rest[..<open]))))
            pieces.append(.slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(.text(tokens(String(rest))))
        return pieces
    }
}
