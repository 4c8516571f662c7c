import Testing
@testable import AgentCore

/// "it" after a list that showed one task is that task; after a longer list it names none.
@Suite struct ListAntecedentTests {
    @Test(arguments: [("delete it", "delete_task"), ("mark it as done", "complete_task"), ("make it urgent", "update_task")])
    func itAfterAListOfOneIsThatTask(followUp: String, tool: String) async throws {
        var engine = EngineHarness()
        _ = try await engine.say("search passport")
        _ = try await engine.answer(Fixtures.list([Fixtures.task(7, "Renew passport")]))
        let step = try await engine.say(followUp)
        #expect(step.call?.name == tool)
        #expect(step.call?.arguments["task_id"] == .int(7))
    }

    @Test func itAfterAListOfTwoAsksWhich() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("show my work tasks")
        _ = try await engine.answer(Fixtures.list([Fixtures.task(4, "Team meeting"), Fixtures.task(9, "Email Sarah")]))
        let step = try await engine.say("delete it")
        #expect(step.call?.name != "delete_task")
    }
}
