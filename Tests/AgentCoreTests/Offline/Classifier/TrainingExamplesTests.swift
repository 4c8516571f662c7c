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
    /// sentence, compared after normalisation (so "task 7" and "task 12" count as the same
    /// words) but with synonyms kept apart, since "trash" and "delete" are two phrasings.
    @Test func noHeldOutPhrasingIsATrainingExample() {
        let training = Set(TrainingExamples.generate(classing: false).map { $0.tokens.joined(separator: " ") })
        let heldOut = HeldOutTable.rows.flatMap(\.messages) + HeldOutTable.writesNothing + UnseenMessage.table.map(\.text)
        func phrasing(_ text: String) -> String { TextNormalizer.tokens(text, classing: false).joined(separator: " ") }
        let shared = heldOut.filter { training.contains(phrasing(Utterance($0).core)) } + heldOut.filter { training.contains(phrasing($0)) }
        #expect(shared.isEmpty, "\(Set(shared).sorted())")
    }

    /// The hand-written sentences the classifier is tested on are not training sentences either.
    @Test func theClassifierTestSentencesAreUnseen() {
        let training = Set(TrainingExamples.generate(classing: false).map { $0.tokens.joined(separator: " ") })
        let seen = IntentClassifierTests.sentences.map(\.0).filter { training.contains(TextNormalizer.tokens($0, classing: false).joined(separator: " ")) }
        #expect(seen.isEmpty, "\(seen)")
    }
}

/// Training skips the due-date grammar; that is only right while dates stand in `{date}`.
@Suite struct TrainingPieceTests {
    @Test func noTemplateTextOrFillerHoldsADate() {
        let dated = TrainingExamples.pieces().filter { TextNormalizer.tokens($0) != TrainingExamples.tokens(ofPiece: $0) }
        #expect(dated.isEmpty, "\(dated)")
    }

    @Test(arguments: TrainingFillers.slots["date"] ?? [])
    func everyDateFillerIsOneDate(_ filler: String) {
        #expect(TextNormalizer.tokens(filler) == [TextNormalizer.date])
    }
}
