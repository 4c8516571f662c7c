import Testing
@testable import AgentCore

/// New titles given the ways people give them: "should say", an arrow, quotes, "instead",
/// "reword"; and dates moved with "back" or "out" between the task and the date.
@Suite struct RenameWordingTests {
    @Test(arguments: [
        ("the vet task should read Book the vet for Rex", TaskTarget.words("the vet task"), "Book the vet for Rex"),
        ("typo in task 2, should be Call the dentist", .id(2), "Call the dentist"),
        ("edit #6 → Book flights to Porto", .id(6), "Book flights to Porto"),
        ("change the bike one 'service the bike'", .words("the bike one"), "Service the bike"),
        ("name task 3 Pay the rent early instead", .id(3), "Pay the rent early"),
        ("rephrase task 8 as Tidy the garage", .id(8), "Tidy the garage"),
        ("call fix the bike Fix the bike brakes instead", .words("fix the bike"), "Fix the bike brakes"),
        ("rename pay rent Pay rent and bills instead", .words("pay rent"), "Pay rent and bills"),
        ("Call water the plants Water the roses instead", .words("water the plants"), "Water the roses"),
        ("name task 4 Team meeting agenda instead", .id(4), "Team meeting agenda"),
        ("change Fix the bike name to Fix the bike brakes", .words("Fix the bike"), "Fix the bike brakes"),
        ("change task 6's title to Book flights to Rome", .id(6), "Book flights to Rome"),
    ])
    func aNewTitleIsReadFromEachWording(text: String, target: TaskTarget, title: String) {
        guard case .change(.update(let edits), let found) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(edits.title == title)
        if case .words = target, case .words = found {} else { #expect(found == target) }
    }

    @Test func callItAWordWithoutInsteadRenamesNothing() {
        if case .change(.update(let edits), _) = IntentParser.parse("call it a day") { #expect(edits.title == nil) }
    }

    @Test(arguments: ["push task 4 back to monday", "move task 4 out to monday", "shift task 4 along to monday"])
    func aDateMovedWithAnAdverbKeepsTheTaskNumber(text: String) {
        #expect(IntentParser.parse(text) == .change(.update(TaskEdits(due: "monday")), of: .id(4)))
    }

    @Test(arguments: ["delete the finished ones", "remove all completed tasks", "clear the done items", "get rid of the ticked-off ones"])
    func deletingTheDoneOnesDeletesEveryDoneTask(text: String) {
        #expect(IntentParser.parse(text) == .change(.delete, of: .matching(TaskSelection(status: .completed))))
    }

    /// "Change the name of X in 'Y'": Italian and French put "in" where English says "to".
    @Test(arguments: [
        HeldOutCase("change the title of the bike task in 'Service the bike'", .update(10, ["title": "Service the bike"])),
        HeldOutCase("please amend the title of task 8 to read 'Clear out the garage'", .update(8, ["title": "Clear out the garage"])),
        HeldOutCase("would you mind renaming task 10 to service the bike", .update(10, ["title": "Service the bike"])),
    ])
    func aQuotedTitleAfterInIsTheNewTitle(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
