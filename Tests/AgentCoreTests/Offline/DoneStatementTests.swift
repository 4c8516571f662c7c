import Testing
@testable import AgentCore

/// Statements that a task is done ("rent is paid") complete the task they name, with the verb
/// kept so the title's present form is found; sentences that only look past-tense do not.
@Suite struct DoneStatementTests {
    @Test(arguments: [
        ("I've posted the parcel", "posted the parcel"),
        ("we paid the gas bill", "paid the gas bill"),
        ("car washed", "washed car"),
        ("the report is written now", "written report"),
        ("invoices sent already", "sent invoices"),
        ("the laundry is all done", "laundry"),
        ("the kitchen is finally clean", "clean kitchen"),
        ("kids room is tidy now", "tidy kids room"),
        ("call the bank -> done", "call the bank"),
        ("order the cake: done", "order the cake"),
        ("book the vet - finished", "book the vet"),
        ("the dry cleaning's picked up", "picked dry cleaning"),
        ("parcel is dropped off now", "dropped parcel"),
    ])
    func aStatementOfWhatWasDoneNamesTheTask(text: String, words: String) {
        #expect(DoneStatement.words(in: text) == words)
        guard case .change(.complete, .words) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
    }

    /// A swapped verb still finds the task: repaired is fixed, phoned and rang are called.
    @Test(arguments: [("the boiler is repaired", "Fix the boiler"), ("I phoned the plumber", "Call the plumber"),
                      ("rang the council", "Call the council")])
    func aSynonymOfTheTitlesVerbFindsIt(text: String, title: String) throws {
        let words = try #require(DoneStatement.words(in: text))
        let tasks = [TaskSummary(taskID: 1, title: title), TaskSummary(taskID: 2, title: "Buy \(title.split(separator: " ").last ?? "")")]
        #expect(TaskMatcher.fullMatches(words, in: tasks).map(\.taskID) == [1])
    }

    @Test(arguments: ["I needed a haircut", "I moved task 3 to friday", "the gym task is called Gym", "feed the dog every day",
                      "clean the shed tomorrow", "get the kids dressed for school",
                      "keep the kitchen clean", "add: note - done by friday"])
    func aSentenceThatOnlyLooksPastCompletesNothing(text: String) {
        if case .change(.complete, _) = IntentParser.parse(text) {
            Issue.record("“\(text)” completed a task")
        }
    }

    /// "ticked of the groceries", "the rent's paid, lovely": a one-f "off" and a sign-off.
    @Test(arguments: [
        HeldOutCase("ticked of the groceries", .complete(1)),
        HeldOutCase("checked of the passport one", .complete(7)),
        HeldOutCase("the rent's paid, lovely", .complete(3)),
        HeldOutCase("bike's fixed thank god", .complete(10)),
        HeldOutCase("Groceries bought. Kindly do the needful.", .complete(1)),
        HeldOutCase("dentist has been called, that one can be marked off", .complete(2)),
        HeldOutCase("the passport I have renewed it already", .complete(7)),
    ])
    func slipsAndSignOffsStillComplete(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
