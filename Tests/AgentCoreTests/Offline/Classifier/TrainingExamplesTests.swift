import Testing
@testable import AgentCore

/// The generated training set: big enough per intent, and disjoint from the held-out tables.
@Suite struct TrainingExamplesTests {
    private static let examples = TrainingExamples.generate()

    /// A few hundred distinct sentences for each label about tasks; the talk around them
    /// ("hello", "thanks") has fewer ways to be said, and each is said once.
    @Test func everyLabelHasEnoughDistinctExamples() {
        let distinct = Dictionary(grouping: Self.examples, by: \.label).mapValues { Set($0.map(\.tokens)).count }
        for label in IntentLabel.allCases {
            let needed = label == .add || label == .list || label.changesATask ? 140 : 20
            #expect((distinct[label] ?? 0) >= needed, "\(label): \(distinct[label] ?? 0)")
        }
    }

    @Test func generationIsDeterministic() {
        #expect(TrainingExamples.generate().map(\.tokens) == Self.examples.map(\.tokens))
    }

    /// The condition for the held-out score to mean anything: no message of any
    /// held-out row, of the must-write-nothing table or of the unseen messages is a training
    /// sentence, compared after normalisation (so "task 7" and "task 12" count as the same words).
    @Test func noHeldOutPhrasingIsATrainingExample() {
        let training = Set(Self.examples.map { $0.tokens.joined(separator: " ") })
        let heldOut = HeldOutTable.rows.flatMap(\.messages) + HeldOutTable.writesNothing + UnseenMessage.table.map(\.text)
        let shared = heldOut.filter { training.contains(TextNormalizer.tokens(Utterance($0).core).joined(separator: " ")) }
            + heldOut.filter { training.contains(TextNormalizer.tokens($0).joined(separator: " ")) }
        #expect(shared.isEmpty, "\(Set(shared).sorted())")
    }

    /// The hand-written sentences the classifier is tested on are not training sentences either.
    @Test func theClassifierTestSentencesAreUnseen() {
        let training = Set(Self.examples.map { $0.tokens.joined(separator: " ") })
        let seen = IntentClassifierTests.sentences.map(\.0).filter { training.contains(TextNormalizer.tokens($0).joined(separator: " ")) }
        #expect(seen.isEmpty, "\(seen)")
    }
}
