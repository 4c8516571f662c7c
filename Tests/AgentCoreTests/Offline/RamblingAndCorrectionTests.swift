import Testing
@testable import AgentCore

/// A request buried in a long message after "anyway", corrected as it is said ("… no,
/// sunday", "sorry, I mean the bike"), or said in American and Australian speech ("y'all",
/// "gonna", "tick em off mate").
@Suite struct RamblingAndCorrectionTests {
    @Test(arguments: [
        HeldOutCase("what a week, the boiler packed in and the cat was sick twice, anyway can you delete the garage task",
                    .delete(8)),
        HeldOutCase("so much going on at work lol, anyway add print the boarding passes friday, honestly I need a break",
                    .add("Print the boarding passes", ["due": "friday"])),
        HeldOutCase("push email sarah to monday.. no, tuesday", .update(9, ["due": "2026-12-01"])),
        HeldOutCase("complete the passport - sorry, I mean the flights", .complete(6)),
        HeldOutCase("add ring the school thursday, no wait, friday", .add("Ring the school", ["due": "friday"])),
        HeldOutCase("move the dentist to friday, no wait, just delete it", .delete(2)),
        HeldOutCase("add, hold on, no, remind me to ring the vet tomorrow", .add("Ring the vet", ["due": "2026-11-27"])),
        HeldOutCase("tick off the rent, actually no, just make it high priority", .update(3, ["priority": "high"])),
        HeldOutCase("gonna need a reminder to defrost the turkey on the 24th", .add("Defrost the turkey", ["due": "2026-12-24"])),
        HeldOutCase("paid the rent, y'all can cross that one off", .complete(3)),
        HeldOutCase("bike's sorted, tick it off mate", .complete(10)),
        HeldOutCase("Renew passport please move to 9 December", .update(7, ["due": "2026-12-09"])),
        HeldOutCase("switch off the monthly repeat on task 3", .update(3, ["recurrence": .null])),
        HeldOutCase("add an oil change for the van saturday", .add("Oil change for the van", ["due": "saturday"])),
        HeldOutCase("add a couple of bin bags", .add("A couple of bin bags")),
        HeldOutCase("so i finally fixed the bike this morning took forever the chain was rusted solid but its done",
                    .complete(10)),
        HeldOutCase("passport's renewed, new photo and everything", .complete(7)),
        HeldOutCase("long day, the train was late again, but on the bright side i paid the rent so tick that off, anyway night all",
                    .complete(3)),
    ])
    func theRequestIsFound(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A day told as a sigh is no task.
    @Test func aSighIsNotAdded() async throws {
        try await HeldOutTests.expectHeld(HeldOutCase("ugh two meetings today and a 6am flight, my eyes are sore", .writesNothing))
    }

    /// "no rush" and "no sugar" are no corrections; a question before a request is about
    /// that question.
    @Test(arguments: [
        HeldOutCase("take the date off the bike, no rush", .update(10, ["due": .null])),
        HeldOutCase("add tea no sugar", .add("Tea no sugar")),
        HeldOutCase("is it going to rain on saturday? need to know whether to mow", .writesNothing),
    ])
    func whatOnlyLooksLikeACorrectionIsKept(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
