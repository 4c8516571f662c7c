import Testing
@testable import AgentCore

/// Priority said with a verb: set to a level ("lower the dentist to low priority",
/// "prioritise the bike, high") or moved one step from the level the task has ("bump the
/// garage up a notch"). None of them is ever a new task.
@Suite struct PriorityStepTests {
    @Test(arguments: [
        HeldOutCase("lower the dentist to low priority", .update(2, ["priority": "low"])),
        HeldOutCase("pls reduce the dentist call to medium", .update(2, ["priority": "medium"])),
        HeldOutCase("prioritise fix the bike, high", .update(10, ["priority": "high"])),
        HeldOutCase("prioritize the passport as medium priority", .update(7, ["priority": "medium"])),
        HeldOutCase("make the bike top priority", .update(10, ["priority": "high"])),
        HeldOutCase("drop the flights down to low", .update(6, ["priority": "low"])),
        HeldOutCase("deprioritise the dentist", .update(2, ["priority": "low"])),
        HeldOutCase("Raise the flights to high priority please", .update(6, ["priority": "high"])),
        HeldOutCase("put the flights down as urgent", .update(6, ["priority": "high"])),
        HeldOutCase("pop the dentist down to medium", .update(2, ["priority": "medium"])),
        HeldOutCase("bung the bike up to high", .update(10, ["priority": "high"])),
        HeldOutCase("the passport can go to high", .update(7, ["priority": "high"])),
        HeldOutCase("make the bike priority 3", .update(10, ["priority": "low"])),
        HeldOutCase("the rent should be made high priority", .update(3, ["priority": "high"])),
        HeldOutCase("the flights are wicked urgent now, bump them up", .update(6, ["priority": "high"])),
        HeldOutCase("the flights should drop down to low", .update(6, ["priority": "low"])),
    ])
    func aLevelIsSet(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// "Not that urgent" is never read as urgent, whatever stands between the two words.
    @Test(arguments: [
        HeldOutCase("the dentist isn't all that urgent anymore, make it low", .update(2, ["priority": "low"])),
        HeldOutCase("email sarah is not really urgent, low priority", .update(9, ["priority": "low"])),
        HeldOutCase("add sort the loft, its not very important", .add("Sort the loft", ["priority": "low"])),
    ])
    func aNegatedUrgencyIsLow(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("bump the garage priority up a notch", .update(8, ["priority": "medium"])),
        HeldOutCase("knock the dentist down a peg", .update(2, ["priority": "medium"])),
        HeldOutCase("move the bike up a level", .update(10, ["priority": "low"])),
        HeldOutCase("can you nudge the garage's priority up one", .update(8, ["priority": "medium"])),
        HeldOutCase("lower the priority of the dentist a notch", .update(2, ["priority": "medium"])),
        HeldOutCase("raise the priority of task 8 by one step", .update(8, ["priority": "medium"])),
    ])
    func aStepMovesFromTheCurrentLevel(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        ("bump the dentist up a notch", "already high"),
        ("knock the garage down a notch", "already low"),
        ("take the bike down a level", "no priority"),
    ])
    func aStepPastTheEndIsSaidAndWritesNothing(text: String, reply: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.filter(\.isWrite).isEmpty, "\(said.exchanges.map(\.name))")
        #expect(said.reply.contains(reply), "\(said.reply)")
    }

    @Test(arguments: [
        (nil, PriorityStep.up, "low"), ("low", .up, "medium"), ("medium", .up, "high"), ("high", .up, nil),
        ("high", .down, "medium"), ("medium", .down, "low"), ("low", .down, nil), (nil, .down, nil),
    ] as [(String?, PriorityStep, String?)])
    func stepsRunThroughTheLevelsInOrder(current: String?, step: PriorityStep, next: String?) {
        #expect(step.moving(current)?.rawValue == next)
    }
}
