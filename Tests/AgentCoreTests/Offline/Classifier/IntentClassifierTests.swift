import Testing
@testable import AgentCore

/// The model on sentences written by hand for this test, none of them generated (a test in
/// ``TrainingExamplesTests`` checks): accuracy on a split of its own data would say little.
@Suite struct IntentClassifierTests {
    static let sentences: [(String, IntentLabel)] = [
        ("pop a reminder in to renew the tv licence", .add),
        ("I must remember to phone the garage on Thursday", .add),
        ("stick call the council on my list", .add),
        ("got to pick up the kids at 3pm", .add),
        ("what's still open on my list?", .list),
        ("let me have a look at my to-dos", .list),
        ("which of my tasks are overdue", .list),
        ("anything tagged garden?", .list),
        ("strike off the gutter task", .complete),
        ("the gutters are sorted now", .complete),
        ("I have cleaned the gutters, tick that one off", .complete),
        ("knock off task 31", .complete),
        ("bin the gutter task", .delete),
        ("ditch number four", .delete),
        ("I no longer want the gutter one", .delete),
        ("we aren't doing the gutter task any more", .delete),
        ("the gutter task isn't finished after all", .reopen),
        ("untick the gutter one", .reopen),
        ("shift the gutter task to next tuesday", .reschedule),
        ("could we do the gutters on saturday instead", .reschedule),
        ("the gutter task is really pressing now", .raisePriority),
        ("bump up the priority of the gutters", .raisePriority),
        ("the gutter job is not important at all", .lowerPriority),
        ("the gutters can be done whenever really", .lowerPriority),
        ("file the gutter task under house", .retag),
        ("change the wording of the gutter task", .rename),
        ("attach a comment to the gutter task", .note),
        ("oops, revert that please", .undo),
        ("how do I use this thing?", .help),
        ("good morning to you", .greeting),
        ("thanks ever so much", .thanks),
        ("ok sounds great", .acknowledgement),
        ("what's the population of brazil", .offTopic),
        ("who painted the mona lisa", .offTopic),
        ("can you tell me the time in tokyo", .offTopic),
        ("my cat is so lazy", .chitChat),
        ("ugh mondays", .chitChat),
    ]

    @Test(arguments: sentences)
    func handWrittenSentenceGetsItsLabel(text: String, label: IntentLabel) {
        let guess = IntentClassifier.shared.classify(Utterance(text).core)
        #expect(guess.label == label, "\(guess)")
    }

    @Test func mostHandWrittenSentencesAreSureEnoughToActOn() {
        let sure = Self.sentences.filter { IntentClassifier.shared.classify(Utterance($0.0).core).confidence >= ClassifierFallback.actConfidence }
        #expect(sure.count * 10 >= Self.sentences.count * 6, "\(sure.count) of \(Self.sentences.count)")
    }

    @Test func aMessageOfUnknownWordsIsNotSure() {
        let guess = IntentClassifier.shared.classify("zorblax quintessential frobnicate")
        #expect(guess.confidence < ClassifierFallback.askConfidence)
    }
}
