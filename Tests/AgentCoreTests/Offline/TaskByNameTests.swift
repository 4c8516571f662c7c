import Testing
@testable import AgentCore

/// Changes that name a task by words: look it up, then act, ask, or say nothing matches.
@Suite struct TaskByNameTests {
    private let meetings = Fixtures.list([Fixtures.task(4, "Team meeting"), Fixtures.task(7, "Meeting notes")])

    @Test func oneMatchIsDeletedByItsID() async throws {
        var engine = EngineHarness()
        let lookup = try await engine.say("Delete the meeting task")
        #expect(lookup.call?.name == "list_tasks")
        let delete = try await engine.answer(Fixtures.list([Fixtures.task(4, "Team meeting")]))
        #expect(delete.call?.name == "delete_task")
        #expect(delete.call?.arguments == JSONValue.parse(#"{"task_id": 4}"#))
        let reply = try await engine.answer(Fixtures.changed(4, "deleted", "Team meeting"))
        #expect(reply.text == "Deleted #4 Team meeting.")
    }

    @Test func severalMatchesAreListedAndAskedAbout() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("delete the meeting task")
        let question = try #require(try await engine.answer(meetings).text)
        #expect(question.contains("Which one should I delete?"))
        #expect(question.contains("1. #4 ☐ Team meeting"))
        #expect(question.contains("2. #7 ☐ Meeting notes"))
        #expect(!engine.messages.contains { $0.toolCalls.contains { $0.name == "delete_task" } })
    }

    @Test(arguments: [("the second one", 7), ("#7", 7), ("7", 7), ("the first", 4), ("2", 7), ("the last one", 7), ("4", 4)])
    func answerToTheQuestionActsOnThatTask(answer: String, expectedID: Int) async throws {
        var engine = EngineHarness()
        _ = try await engine.say("delete the meeting task")
        _ = try await engine.answer(meetings)
        let delete = try await engine.say(answer)
        #expect(delete.call?.name == "delete_task")
        #expect(delete.call?.arguments == JSONValue.parse(#"{"task_id": \#(expectedID)}"#))
        let reply = try await engine.answer(Fixtures.changed(expectedID, "deleted", "Meeting"))
        #expect(reply.text == "Deleted #\(expectedID) Meeting.")
    }

    @Test(arguments: ["both", "both of them", "both please"])
    func bothAnswersTwoChoicesWithTwoChanges(answer: String) async throws {
        let world = try HeldOutWorld()
        let question = try await world.converse(["delete the work task"])
        #expect(question.reply.contains("Which one should I delete?"), "\(question.reply)")
        let said = try await world.converse(["delete the work task", answer])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["delete_task", "delete_task"], "\(said.reply)")
        #expect(said.exchanges.filter(\.isWrite).compactMap { $0.arguments["task_id"] } == [.int(4), .int(9)])
    }

    @Test func bothIsNoAnswerToMoreThanTwoChoices() async throws {
        let said = try await HeldOutWorld().converse(["delete everything", "both"])
        #expect(said.exchanges.filter(\.isWrite).isEmpty)
        #expect(said.reply.hasPrefix("That isn't one of the choices"), "\(said.reply)")
    }

    @Test func answerNamingATitleWordPicksThatTask() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("complete the meeting task")
        _ = try await engine.answer(meetings)
        let complete = try await engine.say("the notes")
        #expect(complete.call?.name == "complete_task")
        #expect(complete.call?.arguments == JSONValue.parse(#"{"task_id": 7}"#))
    }

    @Test func anUpdateKeepsItsEditsThroughTheQuestion() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("move the meeting task to friday")
        _ = try await engine.answer(meetings)
        let update = try await engine.say("the first one")
        #expect(update.call?.name == "update_task")
        #expect(update.call?.arguments == JSONValue.parse(#"{"task_id": 4, "due": "friday"}"#))
    }

    @Test func anOutOfRangeAnswerRepeatsTheQuestionAndCanBeAnsweredAgain() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("delete the meeting task")
        _ = try await engine.answer(meetings)
        let again = try #require(try await engine.say("the fifth one").text)
        #expect(again.hasPrefix("That isn't one of the choices"))
        #expect(again.contains("2. #7 ☐ Meeting notes"))
        let delete = try await engine.say("the first one")
        #expect(delete.call?.arguments == JSONValue.parse(#"{"task_id": 4}"#))
    }

    @Test func noMatchLooksThroughEveryTaskThenSaysSo() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("delete the meeting task")
        let fullList = try await engine.answer(Fixtures.list([]))
        #expect(fullList.call?.name == "list_tasks")
        #expect(fullList.call?.arguments == JSONValue.parse(#"{"status": "all", "limit": 200}"#))
        let reply = try await engine.answer(Fixtures.list([Fixtures.task(1, "Buy groceries")]))
        #expect(reply.text == "No task matches “meeting”. Say “show everything” to see all your tasks.")
    }

    @Test func completingADoneTaskSaysSoAndWritesNothing() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("mark the milk task as done")
        _ = try await engine.answer(Fixtures.list([]))
        let doneList = try await engine.answer(Fixtures.list([Fixtures.task(3, "Buy bread")]))
        #expect(doneList.call?.arguments == JSONValue.parse(#"{"status": "completed", "limit": 200}"#))
        let reply = try await engine.answer(Fixtures.list([Fixtures.task(1, "Milk", completed: true)]))
        #expect(reply.text == "#1 Milk is already done. Say “reopen #1” to mark it pending again.")
        #expect(engine.messages.flatMap(\.toolCalls).allSatisfy { $0.name == "list_tasks" })
    }

    @Test func completingWordsThatMatchNothingAnywhereSaysNoPendingTaskMatches() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("finish the unicorn task")
        _ = try await engine.answer(Fixtures.list([]))
        _ = try await engine.answer(Fixtures.list([Fixtures.task(3, "Buy bread")]))
        let reply = try await engine.answer(Fixtures.list([Fixtures.task(1, "Milk", completed: true)]))
        #expect(reply.text == "No pending task matches “unicorn”. Say “show everything” to see all your tasks.")
    }

    @Test func wordsInAnyOrderFindTheTaskInTheFullList() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("delete the dentist appointment")
        _ = try await engine.answer(Fixtures.list([]))
        let delete = try await engine.answer(Fixtures.list([
            Fixtures.task(1, "Buy groceries"), Fixtures.task(2, "Book appointments with the dentist"),
        ]))
        #expect(delete.call?.arguments == JSONValue.parse(#"{"task_id": 2}"#))
    }

    @Test func aVerbInItsIngFormMatchesTheTitlesVerb() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("I finished writing the quarterly report")
        _ = try await engine.answer(Fixtures.list([]))
        let complete = try await engine.answer(Fixtures.list([
            Fixtures.task(1, "Buy groceries"), Fixtures.task(4, "Write the quarterly report"),
        ]))
        #expect(complete.call?.arguments == JSONValue.parse(#"{"task_id": 4}"#))
    }

    @Test func aPartialMatchIsOfferedNotActedOn() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("delete call mom")
        _ = try await engine.answer(Fixtures.list([]))
        let question = try #require(try await engine.answer(Fixtures.list([
            Fixtures.task(1, "Buy groceries"), Fixtures.task(3, "Call the plumber"),
        ])).text)
        #expect(question.hasPrefix("No task matches “call mom” exactly. Which one should I delete?"))
        #expect(question.contains("1. #3 ☐ Call the plumber"))
        #expect(!question.contains("Buy groceries"))
    }

    @Test func aPickWithoutAQuestionAsksWhatToDo() async throws {
        var engine = EngineHarness()
        let reply = try await engine.say("the second one")
        #expect(reply.text == ReplyComposer.unansweredPick)
    }

    @Test func aQuestionWhoseRequestWasLeftOutIsNotGuessedAt() async throws {
        var engine = EngineHarness()
        let question = ChoiceQuestion.compose(
            [TaskSummary(taskID: 4, title: "Team meeting"), TaskSummary(taskID: 7, title: "Meeting notes")],
            words: "meeting", verb: "delete", exact: true)
        engine.messages += [.user("show everything"), .assistant(question)]
        #expect(try await engine.say("the second one").text == ReplyComposer.forgottenRequest)
    }

    /// People name a task by what they did: "paid the electricity bill" is "Pay the
    /// electricity bill", "the fixed bike" is "Fix the bike".
    @Test(arguments: [
        ("mark paid the electricity bill as done", 8, "Pay the electricity bill"),
        ("tick off the fixed bike", 3, "Fix the bike"),
        ("complete wrote the report", 5, "Write the report"),
    ])
    func aPastFormOfTheVerbFindsTheTask(text: String, id: Int, title: String) async throws {
        let tasks = Fixtures.list([
            Fixtures.task(3, "Fix the bike"), Fixtures.task(5, "Write the report"), Fixtures.task(8, "Pay the electricity bill"),
        ])
        var engine = EngineHarness()
        _ = try await engine.say(text)
        var step = try await engine.answer(Fixtures.list([]))
        if step.call?.name == "list_tasks" { step = try await engine.answer(tasks) }
        #expect(step.call?.name == "complete_task", "\(String(describing: step.text))")
        #expect(step.call?.arguments == JSONValue.parse(#"{"task_id": \#(id)}"#))
    }
}
