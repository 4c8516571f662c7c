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

/// "it" after "show task 7", whose list shows every task, is task 7; a task named only by
/// its tag is found by the tag.
@Suite struct ShownTaskTests {
    @Test(arguments: ["show task 2", "what's #2?", "tell me about task 2"])
    func itAfterShowingOneTaskIsThatTask(show: String) async throws {
        var engine = EngineHarness()
        _ = try await engine.say(show)
        _ = try await engine.answer(Fixtures.list([Fixtures.task(1, "Buy milk"), Fixtures.task(2, "Fix the bike")]))
        let step = try await engine.say("finish it")
        #expect(step.call?.name == "complete_task")
        #expect(step.call?.arguments["task_id"] == .int(2))
    }

    @Test func aTaskNamedByItsOnlyTagIsFound() async throws {
        let said = try await HeldOutWorld().converse(["delete the shopping task"])
        #expect(HeldOutVerdict.problem(.delete(1), exchanges: said.exchanges, reply: said.reply) == nil)
    }

    @Test func aTagSeveralTasksCarryIsAskedAbout() async throws {
        let said = try await HeldOutWorld().converse(["finish the work one"])
        #expect(said.exchanges.allSatisfy { !$0.isWrite })
        #expect(said.reply.contains("Which"), "\(said.reply)")
    }
}
