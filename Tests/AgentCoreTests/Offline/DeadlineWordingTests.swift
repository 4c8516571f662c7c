import Testing
@testable import AgentCore

/// Dates said as a sentence about the deadline ("deadline is next tuesday", "with a due date
/// of 3rd of Jan"), holidays, midnight, and the other wrappers round a new task that the
/// seventeenth batch found: "put in" before a verb, "I would like to add a task.", thanks
/// said in many ways, and "sometime" before a date.
@Suite struct DeadlineWordingTests {
    @Test(arguments: [
        HeldOutCase("add prepare the slides, deadline is next tuesday", .add("Prepare the slides", ["due": "2026-12-01"])),
        HeldOutCase("add book the venue with a deadline of the 14th", .add("Book the venue", ["due": "2026-12-14"])),
        HeldOutCase("add \"Submit the grant report\" - the funder says the deadline is 4 December",
                    .add("Submit the grant report", ["due": "2026-12-04"])),
        HeldOutCase("add wrap the presents by christmas eve", .add("Wrap the presents", ["due": "2026-12-24"])),
        HeldOutCase("add buy christmas crackers", .add("Buy christmas crackers")),
        HeldOutCase("add book a table for new year's eve", .add("Book a table for new year's eve")),
        HeldOutCase("add submit the essay by midnight friday", .add("Submit the essay", ["due": "2026-11-28T00:00:00Z"])),
        HeldOutCase("put in fix the gate latch", .add("Fix the gate latch")),
        HeldOutCase("put in a claim for the boiler by friday", .add("Put in a claim for the boiler", ["due": "friday"])),
        HeldOutCase("I would like to add a task. Order the new oven.", .add("Order the new oven")),
        HeldOutCase("could you add collect the prescription? much appreciated", .add("Collect the prescription")),
        HeldOutCase("add clean the gutters sometime next week", .add("Clean the gutters", ["due": "next week"])),
        HeldOutCase("add clean the gutters sometime", .add("Clean the gutters", ["priority": "low"])),
    ])
    func theWrapperStaysOutOfTheTask(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("dentist call is at 3pm on monday", .update(2, ["due": "2026-11-30T15:00:00Z"])),
        HeldOutCase("Already I paid the rent, mark it like completed", .complete(3)),
        HeldOutCase("sure look, bin the garage one, I'll do it meself", .delete(8)),
        HeldOutCase("delete email sarah, now my boss sends it", .delete(9)),
        HeldOutCase("bike's fixed, nice one", .complete(10)),
    ])
    func aTaskNamedWithItsNewsOrReasonIsChanged(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
