import Testing
@testable import AgentCore

/// What the engine says once the tools have answered, and what it says without them.
@Suite struct ReplyTests {
    @Test func listRepliesShowOneLinePerTask() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("show me all my tasks")
        let reply = try await engine.answer(Fixtures.list([
            Fixtures.task(3, "Buy groceries", due: "2025-03-14", priority: "high", tags: ["work"]),
            Fixtures.task(5, "Call mom", completed: true),
            Fixtures.task(8, "Dentist", due: "2025-03-17T09:30:00+01:00", tags: ["health", "me"]),
        ]))
        #expect(reply.text == """
            You have 3 tasks:
            #3 ☐ Buy groceries — due Fri 14 Mar · high · #work
            #5 ☑ Call mom
            #8 ☐ Dentist — due Mon 17 Mar 09:30 · #health #me
            """)
    }

    /// The prompt says today is in 2026 (1_795_685_400 is 2026-11-26): a date in 2027 shows
    /// its year, one in 2026 does not; without a date in the prompt no year is shown.
    @Test(arguments: [
        (SystemPrompt.standard(clock: DueDateEngineTests.clock, toolsEnabled: true), "2027-01-05", "due Tue 5 Jan 2027"),
        (SystemPrompt.standard(clock: DueDateEngineTests.clock, toolsEnabled: true), "2026-12-03", "due Thu 3 Dec."),
        ("You keep the user's to-do list.", "2027-01-05", "due Tue 5 Jan."),
    ])
    func aDateInAnotherYearShowsItsYear(prompt: String, due: String, shown: String) async throws {
        var engine = EngineHarness(prompt: prompt)
        _ = try await engine.say("add renew the lease on \(due)")
        let reply = try await engine.answer(Fixtures.changed(11, "added", "Renew the lease", extra: #", "due": "\#(due)""#))
        #expect(reply.text?.contains(shown) == true, "\(reply.text ?? "no reply")")
    }

    @Test func aNoteIsRepeatedInTheReplySinceTheTaskLineDoesNotShowIt() async throws {
        let said = try await HeldOutWorld().converse(["bike notes: back tyre is flat"])
        #expect(said.reply == "Updated #10 Fix the bike. Its note reads “back tyre is flat”.")
        let added = try await HeldOutWorld().converse(["add pump the tyres, note: the valve is loose"])
        #expect(added.reply == "Added #11 Pump the tyres. Its note reads “the valve is loose”.")
    }

    @Test func longListsStopAtTwentyLinesAndCountTheRest() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("what's pending?")
        let tasks = (1...50).map { Fixtures.task($0, "Task \($0)") }
        let reply = try #require(try await engine.answer(Fixtures.list(tasks, count: 120, truncated: true)).text)
        let lines = reply.split(separator: "\n")
        #expect(lines.first == "You have 120 pending tasks:")
        #expect(lines.count == 22)
        #expect(lines[20] == "#20 ☐ Task 20")
        #expect(lines.last == "…and 100 more")
    }

    @Test(arguments: [
        ("What's pending?", "You have no pending tasks."),
        ("what have I completed", "You have no completed tasks."),
        ("show everything", "You have no tasks."),
        ("show my work tasks", "You have no tasks tagged #work."),
        ("what's due this week", "You have no pending tasks due by the end of the week."),
    ])
    func emptyListsSaySoInTheirOwnTerms(question: String, reply: String) async throws {
        var engine = EngineHarness()
        _ = try await engine.say(question)
        #expect(try await engine.answer(Fixtures.list([])).text == reply)
    }

    @Test func addingConfirmsWithTheStoredDetails() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("remind me to buy groceries on friday, it's important")
        let reply = try await engine.answer(Fixtures.changed(
            5, "created", "Buy groceries", extra: #", "due": "2025-03-14", "priority": "high", "tags": []"#))
        #expect(reply.text == "Added #5 Buy groceries — due Fri 14 Mar · high.")
    }

    @Test func completingARecurringTaskNamesTheNextOccurrence() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("mark task 3 as complete")
        let reply = try await engine.answer(Fixtures.changed(3, "completed", "Call mom", extra: #", "next_task_id": 9"#))
        #expect(reply.text == "Completed #3 Call mom. Next occurrence: #9.")
    }

    @Test func updatesAndReopeningsAreConfirmed() async throws {
        var rename = EngineHarness()
        _ = try await rename.say("change task 1 to 'Call mom tonight'")
        #expect(try await rename.answer(Fixtures.changed(1, "updated", "Call mom tonight")).text == "Updated #1 Call mom tonight.")
        var reopen = EngineHarness()
        _ = try await reopen.say("reopen task 5")
        #expect(try await reopen.answer(Fixtures.changed(5, "updated", "Pay rent")).text == "Reopened #5 Pay rent.")
    }

    @Test(arguments: [
        ("complete task 42", #"{"error": "task 42 not found"}"#, "I couldn't complete task 42: task 42 not found."),
        ("delete task 42", #"{"error": "task 42 not found"}"#, "I couldn't delete task 42: task 42 not found."),
        ("add pay rent on friday", #"{"error": "invalid date"}"#, "I couldn't add that task: invalid date."),
        ("show my tasks", #"{"error": "database is locked"}"#, "I couldn't list your tasks: database is locked."),
        ("finished 3", "not json", "The complete_task tool answered in a form I can't read, so I don't know whether it worked."),
    ])
    func toolErrorsArePassedOnHonestly(request: String, result: String, reply: String) async throws {
        var engine = EngineHarness()
        _ = try await engine.say(request)
        #expect(try await engine.answer(result).text == reply)
    }

    @Test func anErrorDuringALookupIsPassedOn() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("delete the meeting task")
        let reply = try await engine.answer(#"{"error": "conflicting filters"}"#)
        #expect(reply.text == "I couldn't list your tasks: conflicting filters.")
    }

    @Test(arguments: ["what's the weather like?", "how tall is Everest", "tell me a joke?", "tell me a joke", "how's the weather"])
    func aQuestionAboutSomethingElseSaysItOnlyKeepsTasks(text: String) async throws {
        var engine = EngineHarness()
        let reply = try #require(try await engine.say(text).text)
        #expect(reply == ReplyComposer.offTopic)
    }

    @Test(arguments: ["add", "new task", "add something"])
    func anAddWithNothingToAddAsksWhatTheTaskShouldSay(text: String) async throws {
        var engine = EngineHarness()
        let reply = try #require(try await engine.say(text).text)
        #expect(reply == ReplyComposer.missingTitle)
    }

    @Test(arguments: ["asdf qwerty", "zorblax quintessential"])
    func unknownInputGetsAHelpfulAnswerAndNoToolCall(text: String) async throws {
        var engine = EngineHarness()
        let reply = try #require(try await engine.say(text).text)
        #expect(reply == ReplyComposer.unknown)
        #expect(reply.contains("“add a task to buy groceries”"))
    }

    @Test(arguments: ["help", "Help!", "what can you do?", "How does this work?"])
    func helpListsExamples(text: String) async throws {
        var engine = EngineHarness()
        let reply = try #require(try await engine.say(text).text)
        #expect(reply.hasPrefix("I keep your to-do list."))
        #expect(reply.contains("“mark task 3 as complete”"))
    }

    @Test func smallTalkIsAnsweredKindly() async throws {
        var engine = EngineHarness()
        #expect(try await engine.say("Hello!").text == ReplyComposer.greeting)
        #expect(try await engine.say("thanks a lot").text == ReplyComposer.thanks)
        #expect(try await engine.say("ok").text == ReplyComposer.acknowledgement)
    }

    @Test(arguments: ["undo that", "undo", "take it back", "revert the last change"])
    func undoCallsTheUndoAndReportsWhatItDid(text: String) async throws {
        // Given a request to undo
        var engine = EngineHarness()
        let step = try await engine.say(text)
        #expect(step.call?.name == UndoTool.name)
        #expect(step.call?.arguments == JSONValue.parse("{}"))

        // When the undo reports what it reverted, the engine says so
        let reply = try await engine.answer(
            #"{"status": "undone", "action": "complete", "task_id": 3, "title": "Buy groceries", "summary": "Undid: completed #3 Buy groceries"}"#)
        #expect(reply.text == "Undid: completed #3 Buy groceries.")
    }

    @Test func anUndoWithNothingLeftSaysSo() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("undo that")
        #expect(try await engine.answer(#"{"error": "there is nothing to undo"}"#).text == "There's nothing to undo.")
    }

    @Test func severalChangesAreConfirmedLineByLine() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("delete 2 and 9")
        let reply = try await engine.answer(Fixtures.changed(2, "deleted", "Old task"), #"{"error": "task 9 not found"}"#)
        #expect(reply.text == "Deleted #2 Old task.\nI couldn't delete task 9: task 9 not found.")
    }

    @Test func aTurnThatWasAnsweredIsNotAnsweredAgain() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("help")
        #expect(try await engine.nextEvents() == [.textDelta("Anything else?"), .finished(.stop, nil)])
    }
}
