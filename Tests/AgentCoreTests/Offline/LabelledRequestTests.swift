import Testing
@testable import AgentCore

/// Requests wrapped the way some people write: commit-message labels, a note after the task,
/// an arrow for "to", "reckon you could", a day "instead of" another, a repeat the tools
/// cannot keep asked for on an update.
@Suite struct LabelledRequestTests {
    @Test(arguments: [
        HeldOutCase("feat: order new business cards", .add("Order new business cards")),
        HeldOutCase("feature: set up the office printer #office", .add("Set up the office printer", ["tags": .array([.string("office")])])),
        HeldOutCase("chore: remove the garage task", .delete(8)),
        HeldOutCase("refactor: rename fix the bike -> service the bike", .update(10, ["title": "Service the bike"])),
        HeldOutCase("#9 -> done", .complete(9)),
        HeldOutCase("new one: sweep the chimney", .add("Sweep the chimney")),
    ])
    func aLabelLeavesTheRequest(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("add plan the party, note: 30 guests, a cake and balloons",
                    .add("Plan the party", ["description": "30 guests, a cake and balloons"])),
        HeldOutCase("add fix the shed roof (nb: borrow the ladder)", .add("Fix the shed roof", ["description": "borrow the ladder"])),
        HeldOutCase("add 'Book the minibus' for friday, with the note 'twelve seats, pick up at 8'",
                    .add("Book the minibus", ["due": "friday", "description": "twelve seats, pick up at 8"])),
        HeldOutCase("add order the flowers with a note saying \"white lilies only\"", .add("Order the flowers", ["description": "white lilies only"])),
        HeldOutCase("add lunch with the new starter", .add("Lunch with the new starter")),
    ])
    func aNoteSaidWithANewTaskIsItsDescription(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("reckon you could add service the mower friday", .add("Service the mower", ["due": "2026-11-27"])),
        HeldOutCase("any chance you could add buy a new kettle", .add("Buy a new kettle")),
        HeldOutCase("I wonder if you could add a quick reminder to ring the bank", .add("Ring the bank")),
        HeldOutCase("add collect the dry cleaning on saturday, that would be lovely", .add("Collect the dry cleaning", ["due": "2026-11-28"])),
        HeldOutCase("get shot of the bike one", .delete(10)),
        HeldOutCase("can u mve email sarah to mon", .update(9, ["due": "2026-11-30"])),
        HeldOutCase("could you add renew my library card? no worries if not", .add("Renew my library card")),
        HeldOutCase("add clear the loft? no hurry at all", .add("Clear the loft", ["priority": "low"])),
        HeldOutCase("add book the vet for friday, it's reyt important", .add("Book the vet", ["due": "2026-11-27", "priority": "high"])),
        HeldOutCase("you betcha, the passport's renewed", .complete(7)),
        HeldOutCase("booked the flights, wee buns", .complete(6)),
        HeldOutCase("add pick up the cake bab, ta-ra", .add("Pick up the cake")),
        HeldOutCase("Hello, I trust you are well. Could you add a reminder to renew the car insurance on friday? Kind regards, Tom",
                    .add("Renew the car insurance", ["due": "2026-11-27"])),
        HeldOutCase("pakiadd po buy load sa tindahan tomorrow. maraming salamat", .add("Buy load sa tindahan", ["due": "2026-11-27"])),
        HeldOutCase("move the bike to saturday if it's not too much trouble", .update(10, ["due": "2026-11-28"])),
    ])
    func openingsAndClosingsAskNothingOfTheirOwn(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("call the dentist on monday instead of friday", .update(2, ["due": "2026-11-30"])),
        HeldOutCase("add buy oat milk instead of cows milk", .add("Buy oat milk instead of cows milk")),
        HeldOutCase("change the garage to yearly", .replies("repeat")),
        HeldOutCase("change the rent to every 3 months", .replies("repeat")),
        HeldOutCase("what's in the work tag", .lists(["tag": "work"])),
        HeldOutCase("whats the traffic like on monday", .writesNothing),
        HeldOutCase("hows the weather looking for saturday", .writesNothing),
    ])
    func aDayInsteadOfAnotherAndWhatCannotBeKept(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
