import Foundation

/// A multinomial naive Bayes model over unigram and bigram features.
///
/// Chosen over logistic regression because training is one counting pass (no iterations),
/// so the model can be trained at first use in a few milliseconds instead of being shipped
/// as weights that drift from the templates. Priors are uniform: the generated set's label
/// sizes say how many templates someone wrote, not how often people say each thing.
struct NaiveBayes: Sendable {
    /// Additive smoothing; small, because the generated examples repeat their words a lot.
    static let smoothing = 0.1

    private let labels: [IntentLabel]
    /// Each feature's row in `logLikelihoods`.
    private let rows: [String: Int]
    /// Per feature, its log probability under each label: `labels.count` values a row, in
    /// one flat array so training is one counting pass without a dictionary value per feature.
    private let logLikelihoods: [Double]

    init(training examples: [TrainingExamples.Example]) {
        labels = IntentLabel.allCases
        let width = labels.count
        let column = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var rows: [String: Int] = [:]
        var counts: [Double] = []
        var totals = [Double](repeating: 0, count: width)
        for example in examples {
            guard let index = column[example.label] else { continue }
            for feature in Self.features(example.tokens) {
                let row: Int
                if let known = rows[feature] {
                    row = known
                } else {
                    row = rows.count
                    rows[feature] = row
                    counts.append(contentsOf: repeatElement(0, count: width))
                }
                counts[row * width + index] += 1
                totals[index] += 1
            }
        }
        let vocabulary = Double(rows.count)
        let denominators = totals.map { log($0 + Self.smoothing * vocabulary) }
        self.rows = rows
        logLikelihoods = counts.indices.map { log(counts[$0] + Self.smoothing) - denominators[$0 % width] }
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
