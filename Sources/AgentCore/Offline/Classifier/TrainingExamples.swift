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

    static func generate() -> [Example] {
        let fillers = TrainingFillers.slots.mapValues { $0.map(TextNormalizer.tokens) }
        var examples: [Example] = []
        for set in parsed {
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
        return words.mapValues { $0.filter { !$0.hasPrefix("<") } }
    }

    /// A template set with its templates and verbs normalised, once per process.
    private struct ParsedSet: Sendable {
        var label: IntentLabel
        var templates: [[Piece]]
        var verbs: [[String]]
    }

    /// Pieces of text repeat across templates (" to ", " is done"), so each distinct one is
    /// normalised once: the due-date grammar's pass over each is most of training's cost.
    private static let parsed: [ParsedSet] = {
        var known: [String: [String]] = [:]
        func tokens(_ text: String) -> [String] {
            if let cached = known[text] { return cached }
            let tokens = TextNormalizer.tokens(text)
            known[text] = tokens
            return tokens
        }
        return TrainingTemplates.all.map { set in
            ParsedSet(label: set.label, templates: set.templates.map { split($0, normalising: tokens) }, verbs: set.verbs.map(tokens))
        }
    }()

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
