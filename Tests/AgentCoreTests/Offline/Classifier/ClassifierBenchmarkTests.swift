import Foundation
import Testing
@testable import AgentCore

/// Prints what the classifier costs, for docs/benchmarks.md; times are printed, never
/// asserted. Run alone, so that training happens here for the first time in the process:
/// `CLASSIFIER_BENCH=1 swift test --skip-build --filter ClassifierBenchmarkTests`.
@Suite struct ClassifierBenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CLASSIFIER_BENCH"] != nil))
    func costsArePrinted() {
        let clock = ContinuousClock()
        var classifier: IntentClassifier?
        let training = clock.measure { classifier = IntentClassifier.shared }
        let sentences = IntentClassifierTests.sentences.map(\.0) + HeldOutTable.writesNothing
        let rounds = 20
        var labels = 0
        let classifying = clock.measure {
            for _ in 0..<rounds {
                for sentence in sentences { labels += classifier?.classify(sentence).label == .add ? 1 : 0 }
            }
        }
        let perMessage = classifying / (rounds * sentences.count)
        var examples: [TrainingExamples.Example] = []
        let generating = clock.measure { examples = TrainingExamples.generate() }
        let counting = clock.measure { _ = NaiveBayes(training: examples) }
        print("classifier: training on \(examples.count) examples \(training) once per process; classifying one message \(perMessage) (mean of \(rounds * sentences.count))")
        print("classifier: again, generating the examples \(generating), counting them \(counting)")
        #expect(labels >= 0)
    }
}
