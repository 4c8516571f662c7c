import Testing
@testable import AgentCore

/// One slip of a key in a command word is put right; other words are left as typed.
@Suite struct TypoCorrectorTests {
    @Test(arguments: [("compelte task 7", "complete task 7"), ("delet task 6", "delete task 6"),
                      ("remidn me", "remind me"), ("urgnet", "urgent"), ("buy milk tommorow", "buy milk tomorrow"),
                      ("due this wk?", "due this week?"), ("call mum tmrw, pls", "call mum tomorrow, please")])
    func aSlipInACommandWordIsCorrected(typed: String, meant: String) {
        #expect(TypoCorrector.correct(typed) == meant)
    }

    /// "change" is one letter from "chance", so its slips are listed one by one; each must
    /// change the task, never add one titled with the command.
    @Test(arguments: [
        ("chnage the dentist to friday", 2), ("pls cahnge the priority of the bike to high", 10),
        ("udpate the garage to low priority", 8), ("chage task 7 due date to monday", 7),
        ("chnage the rent deadline to the 5th", 3), ("could u udpate the date on the passport to friday", 7),
    ])
    func aMistypedChangeChangesTheTask(text: String, id: Int64) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["update_task"], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"]?.intValue == id)
    }

    @Test(arguments: ["Call Bob", "add buy milk", "water the plants on mondays", "Organise the party", "edit the essay"])
    func otherWordsAreLeftAsTyped(text: String) {
        #expect(TypoCorrector.correct(text) == text)
    }
}
