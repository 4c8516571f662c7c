import Testing
@testable import AgentCore

/// One slip of a key in a command word is put right; other words are left as typed.
@Suite struct TypoCorrectorTests {
    @Test(arguments: [("compelte task 7", "complete task 7"), ("delet task 6", "delete task 6"),
                      ("remidn me", "remind me"), ("urgnet", "urgent"), ("buy milk tommorow", "buy milk tomorrow")])
    func aSlipInACommandWordIsCorrected(typed: String, meant: String) {
        #expect(TypoCorrector.correct(typed) == meant)
    }

    @Test(arguments: ["Call Bob", "add buy milk", "water the plants on mondays", "Organise the party", "edit the essay"])
    func otherWordsAreLeftAsTyped(text: String) {
        #expect(TypoCorrector.correct(text) == text)
    }
}
