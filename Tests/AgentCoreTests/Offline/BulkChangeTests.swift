import Persistence
import Testing
@testable import AgentCore

/// One request for many tasks: "all the work ones", "everything due tomorrow", "anything
/// with no date". Every task the filter picks is changed, and one "undo" takes them all back.
@Suite struct BulkChangeTests {
    @Test(arguments: [
        HeldOutCase("tick off every task tagged work", .writes([.complete(4), .complete(9)])),
        HeldOutCase("mark all the work items as done", .writes([.complete(4), .complete(9)])),
        HeldOutCase("get rid of everything labelled travel", .delete(6)),
        HeldOutCase("remove anything with the tag shopping", .delete(1)),
        HeldOutCase("move all of tomorrow's tasks to saturday", .writes([.update(2, ["due": "2026-11-28"]), .update(9, ["due": "2026-11-28"])])),
        HeldOutCase("make every work task high priority", .writes([.update(4, ["priority": "high"]), .update(9, ["priority": "high"])])),
        HeldOutCase("delete every low priority task", .delete(8)),
        HeldOutCase("take the work tag off everything", .writes([.update(4, ["tags": .array([])]), .update(9, ["tags": .array([])])])),
    ])
    func everyTaskTheFilterPicksIsChanged(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("drop the high priority stuff", .delete(2)),
        HeldOutCase("get rid of the ones i've done", .delete(5)),
        HeldOutCase(["what's tagged work", "delete both"], .writes([.delete(4), .delete(9)])),
    ])
    func pluralWordsOrAListJustShownSayManyTasks(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test func aListShownToAskWhichTaskIsNoLicenceToChangeThemAll() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase(["delete everything", "all of them"], .writesNothing))
    }

    @Test func aSelectionSaidFirstIsWhatThePronounAfterItMeans() async throws {
        let undated = [1, 4, 6, 7, 8, 10].map { ExpectedCall.update($0, ["due": "2026-11-30"]) }
        try await HeldOutTests.expectHeld(HeldOutCase("everything with no due date, push it to next week", .writes(undated)))
    }

    @Test func aTaskAlreadyAsAskedIsPassedOverAndTheRestChange() async throws {
        // The dentist is high already; only Email Sarah, also due tomorrow, changes.
        try await HeldOutTests.expectHeld(HeldOutCase("set everything due tomorrow to high", .update(9, ["priority": "high"])))
    }

    @Test func aFilterThatPicksNothingSaysSoAndWritesNothing() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase("delete all the garden tasks", .replies("No task is tagged or named “garden”")))
    }

    @Test func oneUndoTakesTheWholeChangeBack() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase(["finish all the work ones", "undo that"], .writes([.undo, .undo])))
    }

    @Test(arguments: [
        ("all the work ones", TaskSelection(words: "work")),
        ("everything tagged #travel", TaskSelection(tag: "travel")),
        ("every high priority task", TaskSelection(priority: .high)),
        ("all the done ones", TaskSelection(status: .completed)),
        ("anything with no date", TaskSelection(undated: true)),
        ("any open ones with no date", TaskSelection(status: .pending, undated: true)),
        ("everything due friday", TaskSelection(due: "friday")),
        ("anything about the bike", TaskSelection(words: "bike")),
    ])
    func aSelectionIsReadFromTheWordsAfterAQuantifier(text: String, selection: TaskSelection) {
        #expect(TaskSelection.parse(text) == selection)
    }

    /// A quantifier with nothing to filter by, or a bare name, is no selection: "delete all
    /// the shopping" may be the groceries task itself.
    @Test(arguments: ["all my tasks", "everything else", "all of it", "all the shopping", "every single one", "all done"])
    func wordsThatFilterNothingAreNoSelection(text: String) {
        #expect(TaskSelection.parse(text) == nil)
    }
}
