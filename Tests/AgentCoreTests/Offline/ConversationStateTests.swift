import Testing
@testable import AgentCore

/// Short messages that only make sense after the request before them: a field corrected or
/// added ("sorry, the 6th", "at 10am", "and birthday too"), the same request on new words
/// ("screws as well", "and 8", "and 10"), a list narrowed, widened or sorted, and a request
/// taken back ("scratch that").
@Suite struct ConversationStateTests {
    @Test(arguments: [
        HeldOutCase(["add return the parcel", "make it urgent", "hmm actually low"], .update(11, ["priority": "low"])),
        HeldOutCase(["move the garage to the 5th", "sorry, the 6th"], .update(8, ["due": "2026-12-06"])),
        HeldOutCase(["push the bike to monday", "at 10am"], .update(10, ["due": "2026-11-30T10:00:00Z"])),
        HeldOutCase(["move the dentist to tuesday 9am", "no, 11am not 9"], .update(2, ["due": "2026-12-01T11:00:00Z"])),
        HeldOutCase(["add order the cake", "tag it party", "and birthday too"],
                    .update(11, ["tags": .array([.string("party"), .string("birthday")])])),
        HeldOutCase(["add book the vet for thursday", "oops it's for friday"], .update(11, ["due": "2026-11-27"])),
        HeldOutCase(["add service the boiler on monday", "no wait, wednesday not monday"], .update(11, ["due": "2026-12-02"])),
        HeldOutCase(["add pick up the suit", "for saturday at 3pm"], .update(11, ["due": "2026-11-28T15:00:00Z"])),
    ])
    func aFieldSaidAloneAmendsTheChangeBefore(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase(["add buy nails", "screws as well"], .add("Screws")),
        HeldOutCase(["add get stamps", "and envelopes and tape"], .writes([.add("Envelopes"), .add("Tape")])),
        HeldOutCase(["tick off 1", "and 8", "and 10"], .complete(10)),
        HeldOutCase(["emailed sarah", "the passport too"], .complete(7)),
        HeldOutCase(["what's tagged work", "done with the meeting notes", "and the other one"], .complete(9)),
    ])
    func aFollowUpCarriesTheRequestOnToNewWords(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase(["show my work tasks", "only the ones still open"], .lists(["tag": "work", "status": "pending"])),
        HeldOutCase(["what's left", "sorted by due date"], .lists(["status": "pending", "sort": "due"])),
        HeldOutCase(["show everything", "just the travel ones"], .lists(["tag": "travel"])),
        HeldOutCase(["what's pending", "plus the finished ones"], .lists([:])),
        HeldOutCase(["what's open", "that's a lot", "just the urgent ones"], .lists(["status": "pending", "priority": "high"])),
        // A fresh question starts again.
        HeldOutCase(["show my work tasks", "anything about the dentist?"], .lists(["search": "dentist"])),
    ])
    func aListIsRefinedByWhatFollowsIt(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase(["delete the garage one", "no wait, cancel that"], .writes([.undo])),
        HeldOutCase(["add buy a ladder", "scrap that"], .writes([.undo])),
        // After a list nothing was changed: "scratch that" drops the question, it deletes nothing.
        HeldOutCase(["show me the travel stuff", "scratch that"], .writesNothing),
        HeldOutCase(["tick off 1 and 8", "undo just the last one"], .writes([.undo])),
        HeldOutCase(["bin the bike task", "and the passport", "hmm bring the passport back"], .writes([.undo])),
        HeldOutCase(["add book the hall", "add order balloons", "party's cancelled, bin both of those"], .writes([.delete(11), .delete(12)])),
        HeldOutCase("forget about the garage, we sold the house. delete it", .delete(8)),
    ])
    func aRequestIsTakenBackOrExplained(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
