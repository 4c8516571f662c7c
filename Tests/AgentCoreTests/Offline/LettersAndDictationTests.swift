import Testing
@testable import AgentCore

/// Requests written as letters ("Dear assistant, … Kind regards, Harold"), dictated to a
/// phone ("full stop" said aloud) or typed in text-speak ("r" for "are"): the wrapping is
/// read past, and the request is done as if typed plainly.
@Suite struct LettersAndDictationTests {
    @Test(arguments: [
        HeldOutCase("Dear assistant, please add a task to buy stamps on Friday. Kind regards, Harold",
                    .add("Buy stamps", ["due": "2026-11-27"])),
        HeldOutCase("Hello, I was wondering if you could show me my work tasks. Best wishes, Ann", .lists(["tag": "work"])),
        HeldOutCase("Dear assistant, I have paid the rent now. Many thanks, Tom", .complete(3)),
        HeldOutCase("Dear Sir, I would be very grateful if you could delete the garage task. Yours faithfully, P. Jones",
                    .delete(8)),
    ])
    func aLetterIsReadAsItsRequest(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add call the bank full stop", .add("Call the bank")),
        HeldOutCase("tick off task nine full stop", .complete(9)),
        HeldOutCase("move the dentist to monday full stop thanks", .update(2, ["due": "2026-11-30"])),
        HeldOutCase("what is due tomorrow question mark", .lists(["status": "pending", "due_before": "2026-11-27", "sort": "due"])),
        HeldOutCase("add order toner comma low priority period", .add("Order toner", ["priority": "low"])),
        HeldOutCase("tick off the bike period thanks period", .complete(10)),
        HeldOutCase("add log the trial period", .add("Log the trial period")),
    ])
    func punctuationSaidAloudIsPunctuation(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("the groceries r done", .complete(1)),
        HeldOutCase("i emailed sarah just now", .complete(9)),
        HeldOutCase("hmm water the plants wasnt really done, reopen it", .update(5, ["completed": false])),
    ])
    func textSpeakAndSoftenersStillNameTheTask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
