import Foundation

/// A multinomial naive Bayes model over unigram and bigram features.
///
/// Chosen over logistic regression because training is one counting pass (no iterations),
/// so the model is exactly its counts (``FeatureCounts``), which a test regenerates from the
/// templates. Priors are uniform: the generated set's label sizes say how many templates
/// someone wrote, not how often people say each thing.
struct NaiveBayes: Sendable {
    /// Additive smoothing; small, because the generated examples repeat their words a lot.
    static let smoothing = 0.1

    private let labels: [IntentLabel]
    /// Each feature's row in `logLikelihoods`.
    private let rows: [String: Int]
    /// Per feature, its log probability under each label: `labels.count` values a row, in
    /// one flat array.
    private let logLikelihoods: [Double]

    init(training examples: [TrainingExamples.Example]) {
        self.init(counts: FeatureCounts(training: examples))
    }

    init(counts: FeatureCounts) {
        labels = counts.labels
        let width = labels.count
        var totals = [Double](repeating: 0, count: width)
        for row in counts.counts {
            for index in row.indices { totals[index] += Double(row[index]) }
        }
        let vocabulary = Double(counts.features.count)
        let denominators = totals.map { log($0 + Self.smoothing * vocabulary) }
        rows = Dictionary(uniqueKeysWithValues: counts.features.enumerated().map { ($1, $0) })
        logLikelihoods = counts.counts.flatMap { row in
            row.indices.map { log(Double(row[$0]) + Self.smoothing) - denominators[$0] }
        }
    }

    /// The single words the model has counts for.
    var unigrams: Set<String> { Set(rows.keys.filter { !$0.contains(" ") }) }

    /// Each label's probability for `tokens`, best first. Features never seen in training
    /// say nothing about any label and are skipped; with none left every label is equal.
    func probabilities(_ tokens: [String]) -> [(label: IntentLabel, probability: Double)] {
        let width = labels.count
        var scores = [Double](repeating: 0, count: width)
        for feature in Self.features(tokens) {
            guard let row = rows[feature] else { continue }
            for index in scores.indices { scores[index] += logLikelihoods[row * width + index] }
        }
        let top = scores.max() ?? 0
        let weights = scores.map { exp($0 - top) }
        let sum = weights.reduce(0, +)
        return zip(labels, weights).map { ($0, $1 / sum) }.sorted { $0.probability > $1.probability }
    }

    /// Unigrams and bigrams, the first word also as a bigram with the start: "delete" opening
    /// a message says more than "delete" inside a title. Noise words are left out first, so
    /// "just delete it" and "delete it" share their bigrams.
    static func features(_ tokens: [String]) -> [String] {
        let tokens = tokens.filter { !TextNormalizer.noise.contains($0) }
        var features = tokens
        for (first, second) in zip(["<s>"] + tokens, tokens) { features.append(first + " " + second) }
        return features
    }
}
