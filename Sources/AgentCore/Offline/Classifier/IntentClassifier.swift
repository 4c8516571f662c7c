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

    /// Built once per process, on first use, from what is shipped (``ShippedClassifier``;
    /// trained from the templates only if that could not be read); a turn the rules answer
    /// never pays for it.
    static let shared: IntentClassifier = {
        guard let counts = FeatureCounts(text: ShippedClassifier.featureCounts) else {
            return IntentClassifier(model: NaiveBayes(training: TrainingExamples.generate()))
        }
        let model = NaiveBayes(counts: counts)
        let words = ShippedClassifier.vocabulary.split(separator: " ").map(String.init)
        return IntentClassifier(model: model, corrector: VocabularyCorrector(words: words, known: model.unigrams))
    }()

    let model: NaiveBayes
    private let corrector: VocabularyCorrector

    init(model: NaiveBayes) {
        self.init(model: model, corrector: VocabularyCorrector(vocabulary: TrainingExamples.rawWords(), known: model.unigrams))
    }

    init(model: NaiveBayes, corrector: VocabularyCorrector) {
        self.model = model
        self.corrector = corrector
    }

    func classify(_ text: String) -> Guess {
        let ranked = model.probabilities(corrector.corrected(TextNormalizer.tokens(text)))
        return Guess(label: ranked[0].label, confidence: ranked[0].probability)
    }
}
