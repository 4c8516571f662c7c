import Testing
@testable import AgentCore

/// A second message about the task just added: a date for it, two edits at once, or taking it
/// back, said the way people say it.
@Suite struct FollowUpEditTests {
    @Test(arguments: [
        HeldOutCase(["add call the plumber", "tag it home and make it urgent"],
                    .update(11, ["tags": .array([.string("home")]), "priority": "high"])),
        HeldOutCase(["add paint the fence", "no, delete that"], .delete(11)),
        HeldOutCase(["add paint the fence", "actually no, get rid of it"], .delete(11)),
        HeldOutCase(["add ring the council", "put it down for friday"], .update(11, ["due": "2026-11-27"])),
        HeldOutCase(["add book the MOT", "done that already actually"], .complete(11)),
        HeldOutCase(["add order the cake", "hmm scrap the new one"], .delete(11)),
        HeldOutCase(["add return the library books", "done, dropped them off this morning"], .complete(11)),
        HeldOutCase(["add plank for 5 mins daily", "stop that repeating"], .update(11, ["recurrence": .null])),
        HeldOutCase(["add order the cake", "make the one you just added high priority"], .update(11, ["priority": "high"])),
        HeldOutCase(["add email the council", "tag the last one admin"], .update(11, ["tags": .array([.string("admin")])])),
        HeldOutCase(["add call mum", "move the date to friday"], .update(11, ["due": "friday"])),
        HeldOutCase(["add call mum", "change the deadline to monday"], .update(11, ["due": "monday"])),
        HeldOutCase(["add call mum", "mark it off"], .complete(11)),
        HeldOutCase(["add buy a kettle", "actually scrap that, borrowed one off Jo"], .delete(11)),
        HeldOutCase(["add collect the parcel", "just picked it up, tick it off"], .complete(11)),
        HeldOutCase(["add water the tomatoes", "that's every 2 days by the way"], .update(11, ["recurrence": "every 2 days"])),
        HeldOutCase(["add book the plumber", "it's urgent btw"], .update(11, ["priority": "high"])),
    ])
    func aFollowUpChangesTheTaskJustAdded(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A date said as a correction of the last message ("*tuesday", "no, wednesday") is the
    /// new date of the task just added; a bare day is not, since alone it more often asks.
    @Test(arguments: [
        HeldOutCase(["add collect the suit on thursday", "*saturday"], .update(11, ["due": "saturday"])),
        HeldOutCase(["add book the vet for monday", "no, wednesday"], .update(11, ["due": "wednesday"])),
        HeldOutCase(["add book the vet for monday", "sorry i meant friday"], .update(11, ["due": "friday"])),
        HeldOutCase(["add book the vet", "tuesday"], .writesNothing),
        HeldOutCase(["add book the vet for monday", "sorry, thursday not monday"], .update(11, ["due": "thursday"])),
    ])
    func aCorrectedDateMovesTheTaskJustAdded(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Edits to one task in a row are one call, so one undo takes them all back.
    @Test func joinedEditsAreOneCall() {
        let joined = Intent.joiningUpdates([
            .change(.update(TaskEdits(tags: .adding(["home"]))), of: .id(11)),
            .change(.update(TaskEdits(priority: .high)), of: .id(11)),
            .change(.update(TaskEdits(priority: .low)), of: .id(11)),
            .change(.complete, of: .id(11)),
        ])
        #expect(joined == [
            .change(.update(TaskEdits(priority: .high, tags: .adding(["home"]))), of: .id(11)),
            .change(.update(TaskEdits(priority: .low)), of: .id(11)),
            .change(.complete, of: .id(11)),
        ])
    }
}
