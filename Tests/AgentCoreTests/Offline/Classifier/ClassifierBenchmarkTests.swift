import Foundation
import Testing
@testable import AgentCore

/// Prints what the classifier costs, for docs/benchmarks.md; times are printed, never
/// asserted. Run alone, so that nothing else has built the model in the process:
/// `CLASSIFIER_BENCH=1 swift test --skip-build --filter ClassifierBenchmarkTests`.
@Suite struct ClassifierBenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CLASSIFIER_BENCH"] != nil))
    func costsArePrinted() {
        let clock = ContinuousClock()
        var examples: [TrainingExamples.Example] = []
        let generating = clock.measure { examples = TrainingExamples.generate() }
        var model: NaiveBayes?
        let counting = clock.measure { model = NaiveBayes(training: examples) }
        // What a process does instead: read the shipped counts and words (``IntentClassifier/shared``)
        var shipped: FeatureCounts?
        let reading = clock.measure { shipped = FeatureCounts(text: ShippedClassifier.featureCounts) }
        var fromShipped: NaiveBayes?
        let building = clock.measure { fromShipped = shipped.map { NaiveBayes(counts: $0) } }
        let shippedCorrector = clock.measure {
            let words = ShippedClassifier.vocabulary.split(separator: " ").map(String.init)
            _ = fromShipped.map { VocabularyCorrector(words: words, known: $0.unigrams) }
        }
        var classifier: IntentClassifier?
        let correcting = clock.measure { classifier = model.map(IntentClassifier.init) }
        let sentences = IntentClassifierTests.sentences.map(\.0) + HeldOutTable.writesNothing + UnseenMessage.table.map(\.text)
        let rounds = 20
        var labels = 0
        let classifying = clock.measure {
            for _ in 0..<rounds {
                for sentence in sentences { labels += classifier?.classify(sentence).label == .add ? 1 : 0 }
            }
        }
        let perMessage = classifying / (rounds * sentences.count)
        print("classifier: from what is shipped, once per process \(reading + building + shippedCorrector) (reading the counts \(reading), the model \(building), the corrector \(shippedCorrector)); \(fromShipped == nil ? "unreadable" : "read")")
        print("classifier: training once per process \(generating + counting + correcting) (generating \(examples.count) examples \(generating), counting \(counting), corrector \(correcting)); classifying one message \(perMessage) (mean of \(rounds * sentences.count))")
        #expect(labels >= 0)
    }
}
