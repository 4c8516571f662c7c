import Testing
@testable import AgentCore

/// Requests that name more than one task: "all my tasks", "the dentist and the bike".
@Suite struct SeveralTargetsTests {
    private let tasks = Fixtures.list([
        Fixtures.task(2, "Call the dentist"), Fixtures.task(5, "Buy milk"), Fixtures.task(10, "Fix the bike"),
    ])

    @Test(arguments: ["delete all my tasks", "delete everything", "remove all of them", "get rid of every task",
                      "delete my whole list"])
    func deletingEverythingAsksWhichOneFirstAndWritesNothing(text: String) async throws {
        var engine = EngineHarness()
        let lookup = try await engine.say(text)
        #expect(lookup.call?.name == "list_tasks")
        #expect(lookup.call?.arguments == JSONValue.parse(#"{"status": "all", "limit": 20}"#))
        let question = try #require(try await engine.answer(tasks).text)
        #expect(question.hasPrefix("I won't delete every task at once, so nothing has changed. Which one should I delete first?"))
        #expect(question.contains("3. #10 ☐ Fix the bike"))
    }

    @Test func theAnswerToDeleteEverythingDeletesTheOneChosen() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("delete all my tasks")
        _ = try await engine.answer(tasks)
        let delete = try await engine.say("the second one")
        #expect(delete.call?.name == "delete_task")
        #expect(delete.call?.arguments == JSONValue.parse(#"{"task_id": 5}"#))
    }

    @Test func twoNamesThatEachMatchOneTaskAreCompletedTogether() async throws {
        var engine = EngineHarness()
        let lookup = try await engine.say("finish the dentist and the bike")
        #expect(lookup.call?.arguments == JSONValue.parse(#"{"status": "pending", "limit": 200}"#))
        guard case .calls(let calls) = try await engine.answer(tasks) else {
            Issue.record("expected two completions")
            return
        }
        #expect(calls.map(\.name) == ["complete_task", "complete_task"])
        #expect(calls.map(\.arguments) == [#"{"task_id":2}"#, #"{"task_id":10}"#])
        let reply = try await engine.answer(
            Fixtures.changed(2, "completed", "Call the dentist"), Fixtures.changed(10, "completed", "Fix the bike"))
        #expect(reply.text == "Completed #2 Call the dentist.\nCompleted #10 Fix the bike.")
    }

    @Test(arguments: [("finish the dentist and the unicorn", "no task matches “unicorn”"),
                      ("finish the bike, the call and the milk", "2 tasks match “call”")])
    func aNameThatIsNotExactlyOneTaskChangesNothing(text: String, reason: String) async throws {
        var engine = EngineHarness()
        _ = try await engine.say(text)
        let reply = try #require(try await engine.answer(Fixtures.list([
            Fixtures.task(2, "Call the dentist"), Fixtures.task(3, "Call mum"), Fixtures.task(5, "Buy milk"),
            Fixtures.task(10, "Fix the bike"),
        ])).text)
        #expect(reply == "I didn't complete any of them: \(reason). Name them one at a time, or by id like “#3”.")
    }

    @Test func aTitleThatHoldsAndIsOneTask() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("finish salt and pepper")
        let complete = try await engine.answer(Fixtures.list([Fixtures.task(4, "Buy salt and pepper")]))
        #expect(complete.call?.arguments == JSONValue.parse(#"{"task_id": 4}"#))
    }
}
