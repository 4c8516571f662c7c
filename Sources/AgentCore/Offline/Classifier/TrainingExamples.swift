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
        for set in TrainingTemplates.all {
            let pieces = set.templates.map(split)
            let hasFillers = set.templates.contains { $0.contains("{") && $0.replacing("{v}", with: "").contains("{") }
            let rounds = hasFillers ? (minimumPerSet + pieces.count * set.verbs.count - 1) / (pieces.count * set.verbs.count) : 1
            for round in 0..<min(max(rounds, 1), 4) {
                for (t, template) in pieces.enumerated() {
                    for (v, verb) in set.verbs.enumerated() {
                        let tokens = template.flatMap { piece -> [String] in
                            switch piece {
                            case .text(let text): return text
                            case .slot("v"): return TextNormalizer.tokens(verb)
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

    private enum Piece {
        case text([String])
        case slot(String)
    }

    /// "{v} a task to {title}" as its slots and its normalised words between them.
    private static func split(_ template: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pieces.append(.text(TextNormalizer.tokens(String(rest[..<open]))))
            pieces.append(.slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(.text(TextNormalizer.tokens(String(rest))))
        return pieces
    }
}
