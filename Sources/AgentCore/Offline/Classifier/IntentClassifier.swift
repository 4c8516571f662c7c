/// The statistical half of the offline engine: what a message is most likely about, and how
/// sure the model is.
///
/// The rules read the phrasings they were written for exactly; this model reads the rest
/// approximately, so the engine acts on its answer only when it is sure and the slots the
/// rule grammars find are complete (see ``ClassifierFallback``).
struct IntentClassifier: Sendable {
    struct Guess: Equatable, Sendable {
        var label: IntentLabel
        var confidence: Double
    }

    /// Trained once per process, on first use, from the generated examples; a turn the rules
    /// answer never pays for it.
    static let shared = IntentClassifier(model: NaiveBayes(training: TrainingExamples.generate()))

    let model: NaiveBayes
    private let corrector: VocabularyCorrector

    init(model: NaiveBayes) {
        self.model = model
        corrector = VocabularyCorrector(vocabulary: TrainingExamples.rawWords(), known: model.unigrams)
    }

    func classify(_ text: String) -> Guess {
        let ranked = model.probabilities(corrector.corrected(TextNormalizer.tokens(text)))
        return Guess(label: ranked[0].label, confidence: ranked[0].probability)
    }
}
