import Testing
@testable import AgentCore

/// Priority said with a verb: set to a level ("lower the dentist to low priority",
/// "prioritise the bike, high") or moved one step from the level the task has ("bump the
/// garage up a notch"). None of them is ever a new task.
@Suite struct PriorityStepTests {
    @Test(arguments: [
        ("lower the dentist to low priority", 2, "low"),
        ("pls reduce the dentist call to medium", 2, "medium"),
        ("prioritise fix the bike, high", 10, "high"),
        ("prioritize the passport as medium priority", 7, "medium"),
        ("make the bike top priority", 10, "high"),
        ("drop the flights down to low", 6, "low"),
        ("deprioritise the dentist", 2, "low"),
        ("Raise the flights to high priority please", 6, "high"),
    ] as [(String, Int64, String)])
    func aLevelIsSet(text: String, taskID: Int64, level: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["update_task"], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"] == .int(taskID))
        #expect(writes.first?.arguments["priority"] == .string(level))
    }

    @Test(arguments: [
        ("bump the garage priority up a notch", 8, "medium"),
        ("knock the dentist down a peg", 2, "medium"),
        ("move the bike up a level", 10, "low"),
        ("can you nudge the garage's priority up one", 8, "medium"),
        ("lower the priority of the dentist a notch", 2, "medium"),
        ("raise the priority of task 8 by one step", 8, "medium"),
    ] as [(String, Int64, String)])
    func aStepMovesFromTheCurrentLevel(text: String, taskID: Int64, level: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["update_task"], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"] == .int(taskID))
        #expect(writes.first?.arguments["priority"] == .string(level))
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
