import Testing
@testable import AgentCore

/// Times said in words, lists typed one task per line, commands typed without spaces, and a
/// phrase with a date about a task already on the list, which dates it rather than adding a twin.
@Suite struct WordedTimeAndListTests {
    @Test(arguments: [
        HeldOutCase("add ring the bank half five tomorrow", .add("Ring the bank", ["due": "2026-11-27T17:30:00Z"])),
        HeldOutCase("add open the shop at quarter to seven saturday morning", .add("Open the shop", ["due": "2026-11-28T06:45:00Z"])),
        HeldOutCase("add buy bread, e no urgent", .add("Buy bread", ["priority": "low"])),
        HeldOutCase("add water the ferns, not important at all", .add("Water the ferns", ["priority": "low"])),
        HeldOutCase("add the lease renewal 5/6", .replies("5/6")),
    ])
    func timesAndPrioritiesAreReadAsSaid(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("please add these:\n- buy yeast\n- order flour friday\n- ring the mill #bakery",
                    .writes([.add("Buy yeast"), .add("Order flour", ["due": "2026-11-27"]), .add("Ring the mill", ["tags": .array([.string("bakery")])])])),
        HeldOutCase("1. revise maths\n2. pack the PE kit", .writes([.add("Revise maths"), .add("Pack the PE kit")])),
        HeldOutCase("delete4", .delete(4)),
        HeldOutCase("pls mark9done", .complete(9)),
        HeldOutCase("bike and garage both done", .writes([.complete(10), .complete(8)])),
    ])
    func listsAndGluedCommandsAreRead(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("dentist call at quarter past two tomorrow", .update(2, ["due": "2026-11-27T14:15:00Z"])),
        HeldOutCase("the passport renewal by the 4th", .update(7, ["due": "2026-12-04"])),
        HeldOutCase("renew my passport in a fortnight", .update(7, ["due": "2026-12-10"])),
        HeldOutCase("renew my driving licence in a fortnight", .add("Renew my driving licence", ["due": "2026-12-10"])),
        HeldOutCase("book a table for two on saturday", .add("Book a table for two", ["due": "2026-11-28"])),
        HeldOutCase("add call the dentist on monday", .add("Call the dentist", ["due": "2026-11-30"])),
        HeldOutCase(["add bake for the fair on saturday", "oh no take the date off"], .update(11, ["due": .null])),
    ])
    func aPhraseWithADateAboutAListedTaskDatesIt(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
