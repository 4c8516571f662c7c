import Foundation
import Testing
@testable import AgentCore

@Suite struct FeatureCountsTests {
    /// `CLASSIFIER_REGENERATE=1 swift test --skip-build --filter FeatureCountsTests` rewrites
    /// the shipped file after a template changes.
    @Test func whatIsShippedIsWhatTheTemplatesGive() throws {
        let generated = FeatureCounts(training: TrainingExamples.generate())
        let words = VocabularyCorrector.words(of: TrainingExamples.rawWords())
        if ProcessInfo.processInfo.environment["CLASSIFIER_REGENERATE"] != nil {
            try Self.source(counts: generated, words: words).write(to: Self.shippedFile, atomically: true, encoding: .utf8)
        }
        let shipped = try #require(FeatureCounts(text: ShippedClassifier.featureCounts), "the shipped counts do not read")
        let regenerate = "the templates changed: run CLASSIFIER_REGENERATE=1 swift test --skip-build --filter FeatureCountsTests, then rebuild"
        #expect(shipped == generated, "\(regenerate)")
        #expect(ShippedClassifier.vocabulary == words.joined(separator: " "), "\(regenerate)")
        #expect(words.allSatisfy { !$0.contains(" ") && !$0.isEmpty })
    }

    @Test func countsReadBackAsWritten() throws {
        let examples = [
            TrainingExamples.Example(label: .add, tokens: ["add", "milk"]),
            TrainingExamples.Example(label: .delete, tokens: ["delete", "milk"]),
            TrainingExamples.Example(label: .add, tokens: ["add", "<date>"]),
        ]
        let counts = FeatureCounts(training: examples)
        #expect(counts.features.contains("<s> add"))
        #expect(FeatureCounts(text: counts.text) == counts)
        #expect(NaiveBayes(counts: counts).probabilities(["add", "eggs"]).first?.label == .add)
    }

    @Test func textInAnotherFormIsNotRead() {
        let header = IntentLabel.allCases.map(\.rawValue).joined(separator: " ")
        #expect(FeatureCounts(text: "") == nil)
        #expect(FeatureCounts(text: "add list") == nil, "labels other than this build's")
        #expect(FeatureCounts(text: header + "\nmilk 0:1") == nil, "no tab")
        #expect(FeatureCounts(text: header + "\nmilk\t0:x") == nil)
        #expect(FeatureCounts(text: header + "\nmilk\t99:1") == nil, "no such label")
        #expect(FeatureCounts(text: header + "\nmilk\t0:1 3:2")?.features == ["milk"])
    }

    private static let shippedFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/AgentCore/Offline/Classifier/ShippedClassifier.swift")

    private static func source(counts: FeatureCounts, words: [String]) -> String {
        let body = counts.text.split(separator: "\n", omittingEmptySubsequences: false).map { "        " + $0 }
        return """
            // Generated from the training templates by
            // `CLASSIFIER_REGENERATE=1 swift test --skip-build --filter FeatureCountsTests`; do not edit.

            /// The intent model as trained from the templates, so no process pays for training.
            enum ShippedClassifier {
                /// ``FeatureCounts/text`` of the generated training set.
                static let featureCounts = #\"\"\"
            \(body.joined(separator: "\n"))
                    \"\"\"#

                /// ``VocabularyCorrector/words(of:)`` of the training text.
                static let vocabulary = "\(words.joined(separator: " "))"
            }

            """
    }
}
