import Testing
@testable import AgentCore

/// The provider surface: event order, streaming in pieces, deterministic call ids.
@Suite struct OfflineEngineTests {
    @Test func isNamedOfflineForTheStatusBar() {
        #expect(OfflineEngine().displayName == "offline")
    }

    @Test func repliesStreamInSeveralPiecesThenStop() async throws {
        var engine = EngineHarness()
        engine.messages.append(.user("help"))
        let events = try await engine.nextEvents()
        let deltas = events.compactMap { event -> String? in
            if case .textDelta(let text) = event { return text }
            return nil
        }
        #expect(deltas.count > 3)
        #expect(deltas.joined() == ReplyComposer.help)
        #expect(events.last == .finished(.stop, nil))
    }

    @Test func toolCallsComeOnceThenFinishWithToolCalls() async throws {
        var engine = EngineHarness()
        engine.messages.append(.user("delete task 2"))
        let events = try await engine.nextEvents()
        #expect(events == [
            .toolCalls([ToolCall(id: "call_1", name: "delete_task", arguments: #"{"task_id":2}"#)]),
            .finished(.toolCalls, nil),
        ])
    }

    @Test func callIDsFollowEveryEarlierCallOfTheConversation() async throws {
        var engine = EngineHarness()
        _ = try await engine.say("delete the meeting task")
        _ = try await engine.answer(Fixtures.list([Fixtures.task(4, "Team meeting")]))
        _ = try await engine.answer(Fixtures.changed(4, "deleted", "Team meeting"))
        _ = try await engine.say("what's left")
        let ids = engine.messages.flatMap(\.toolCalls).map(\.id)
        #expect(ids == ["call_1", "call_2", "call_3"])
    }

    @Test func callIDsStayUniqueWhenOlderMessagesWereLeftOut() async throws {
        var engine = EngineHarness()
        engine.messages += [
            .user("delete task 1"),
            .assistant("", toolCalls: [ToolCall(id: "call_7", name: "delete_task", arguments: #"{"task_id":1}"#)]),
            .tool(callID: "call_7", result: Fixtures.changed(1, "deleted", "Old")),
            .assistant("Deleted #1 Old."),
        ]
        let step = try await engine.say("delete task 2")
        #expect(step == .calls([ToolCall(id: "call_8", name: "delete_task", arguments: #"{"task_id":2}"#)]))
    }

    @Test func argumentsAreSortedJSONWithoutAbsentFields() async throws {
        var engine = EngineHarness()
        let step = try await engine.say("remind me to call the dentist tomorrow, it's urgent #health")
        guard case .calls(let calls) = step else {
            Issue.record("expected a call, got \(step)")
            return
        }
        #expect(calls.map(\.arguments) == [
            #"{"due":"tomorrow","priority":"high","tags":["health"],"title":"Call the dentist"}"#,
        ])
    }

    @Test(arguments: ["", "   ", "🙂", "#", "\u{1B}[2J delete task 1", "add 買い物 tomorrow", "delete task 99999999999999999999",
                      String(repeating: "remind me to ", count: 200), "the 0th one", "0000-01-01", "-1"])
    func oddInputStillEndsInOneWellFormedStep(text: String) async throws {
        var engine = EngineHarness()
        engine.messages.append(.user(text))
        let events = try await engine.nextEvents()
        let finishes = events.filter { if case .finished = $0 { true } else { false } }
        #expect(finishes.count == 1)
        #expect(events.last.map { if case .finished = $0 { true } else { false } } == true)
    }

    @Test func aConversationWithoutUserMessagesIsGreeted() async throws {
        let events = try await EngineHarness().nextEvents()
        #expect(events.last == .finished(.stop, nil))
        #expect(events.contains(.textDelta("Hi! I keep your ")))
    }
}
