import Foundation
import Persistence
import Testing
@testable import AgentCore

/// The turn loop on a real database with a scripted provider: what is stored, what is sent,
/// and the events a front end sees.
@Suite struct TurnLoopTests {
    static let usage = TokenUsage(promptTokens: 40, completionTokens: 6, totalTokens: 46)

    @Test func aReplyIsStoredWithItsModelAndUsage() async throws {
        let store = try TurnTestStore()
        let provider = ScriptedProvider([ScriptedProvider.reply("Hello there.", usage: Self.usage)])

        let events = await store.agent(provider).send("Hi", to: nil).collect()

        let id = try #require(events.conversationID)
        #expect(events.first == .started(conversationID: id))
        #expect(events.text == "Hello there.")
        #expect(events.last == .finished(TurnSummary(
            conversationID: id, reply: "Hello there.", ending: .answered, usage: Self.usage, model: "test-model")))
        let messages = try await store.messages(in: id)
        #expect(messages.map(\.role) == [.user, .assistant])
        #expect(messages[0].content == "Hi")
        #expect(messages[1].content == "Hello there.")
        #expect(messages[1].model == "test-model")
        #expect(messages[1].usage == Self.usage)
        #expect(!messages[1].interrupted)
    }

    @Test func aToolRoundTripCommitsTheCallTheTaskAndTheResultTogether() async throws {
        let store = try TurnTestStore()
        let call = ToolCall(id: "call_a", name: "add_task", arguments: #"{"title": "Buy groceries"}"#)
        let provider = ScriptedProvider([ScriptedProvider.calls(call, text: "Adding it."), ScriptedProvider.reply("Added.")])

        let events = await store.agent(provider).send("Add a task to buy groceries", to: nil).collect()

        let id = try #require(events.conversationID)
        #expect(events.contains(.toolCallStarted(call)))
        let result: JSONValue = ["task_id": 1, "status": "created", "title": "Buy groceries", "due": nil,
                                 "priority": nil, "tags": [], "recurrence": nil, "completed": false]
        #expect(events.contains(.toolResult(call, result, isError: false)))
        #expect(events.summary?.reply == "Added.")
        let messages = try await store.messages(in: id)
        #expect(messages.map(\.role) == [.user, .assistant, .tool, .assistant])
        #expect(messages[1].content == "Adding it.")
        #expect(messages[1].toolCalls == [StoredToolCall(id: "call_a", name: "add_task", arguments: call.arguments)])
        #expect(messages[2].toolCallID == "call_a")
        #expect(messages[2].content == result.text)
        #expect(try store.tasks.list(TaskQuery()).tasks.map(\.title) == ["Buy groceries"])

        // The second request carries the call and its result, in order, after the user message.
        let second = try #require(provider.requests.last).messages
        #expect(second.map(\.role) == [.system, .user, .assistant, .tool])
        #expect(second[2].toolCalls == [call])
        #expect(second[3] == .tool(callID: "call_a", result: result.text))
    }

    @Test func aStepThatFailsMidwayKeepsOnlyItsTextAndTheEarlierSteps() async throws {
        let store = try TurnTestStore()
        let call = ToolCall(id: "call_a", name: "add_task", arguments: #"{"title": "Pay bills"}"#)
        let provider = ScriptedProvider([
            ScriptedProvider.calls(call),
            .failing([.textDelta("Half a sen")], .streamEndedEarly),
        ])

        let events = await store.agent(provider).send("Remind me to pay bills", to: nil).collect()

        #expect(events.failure == .provider(.streamEndedEarly))
        let messages = try await store.messages(in: try #require(events.conversationID))
        #expect(messages.map(\.role) == [.user, .assistant, .tool, .assistant])
        #expect(messages[3].content == "Half a sen" && messages[3].interrupted && messages[3].toolCalls.isEmpty)
        #expect(try store.tasks.list(TaskQuery()).count == 1)
    }

    @Test func partialToolCallsAreNeverStored() async throws {
        let store = try TurnTestStore()
        let provider = ScriptedProvider([.failing([.textDelta("Let me")], .malformedChunk("{\"choi"))])

        let events = await store.agent(provider).send("Add milk", to: nil).collect()

        #expect(events.failure == .provider(.malformedChunk("{\"choi")))
        let messages = try await store.messages(in: try #require(events.conversationID))
        #expect(messages.map(\.role) == [.user, .assistant])
        #expect(messages[1].content == "Let me" && messages[1].interrupted && messages[1].toolCalls.isEmpty)
        #expect(try store.tasks.list(TaskQuery()).count == 0)
    }

    @Test func theTurnStopsAfterTheMaximumNumberOfToolRounds() async throws {
        let store = try TurnTestStore()
        let steps = (1...20).map { ScriptedProvider.calls(ToolCall(id: "call_\($0)", name: "list_tasks", arguments: "{}")) }
        let provider = ScriptedProvider(steps)

        let events = await store.agent(provider).send("Loop forever", to: nil).collect()

        #expect(events.failure == .tooManyToolRounds(8))
        #expect(provider.requests.count == 8)
        let messages = try await store.messages(in: try #require(events.conversationID))
        #expect(messages.count == 1 + 8 * 2)
        #expect(messages.last?.role == .tool)
    }

    @Test func aReplyStoppedByTheLengthLimitIsMarkedCutOff() async throws {
        let store = try TurnTestStore()
        let provider = ScriptedProvider([ScriptedProvider.reply("The list goes on and", finish: .length)])

        let events = await store.agent(provider).send("Tell me everything", to: nil).collect()

        #expect(events.summary?.ending == .cutOff)
        #expect(events.summary?.cutOff == true)
        #expect(try await store.messages(in: try #require(events.conversationID)).last?.content == "The list goes on and")
    }

    @Test func withToolsOffNoneAreOfferedAndACallMadeAnywayDoesNotRun() async throws {
        let store = try TurnTestStore()
        let call = ToolCall(id: "call_a", name: "add_task", arguments: #"{"title": "Sneaky"}"#)
        let provider = ScriptedProvider([ScriptedProvider.calls(call), ScriptedProvider.reply("I cannot.")])

        let events = await store.agent(provider) { $0.toolsEnabled = false }.send("Add sneaky", to: nil).collect()

        #expect(provider.requests.allSatisfy { $0.tools.isEmpty })
        #expect(provider.requests[0].messages[0].content.contains("turned off"))
        #expect(events.contains(.toolResult(call, ["error": "tools are turned off in this session"], isError: true)))
        #expect(try store.tasks.list(TaskQuery()).count == 0)
        #expect(events.summary?.reply == "I cannot.")
    }

    @Test func theSystemPromptNamesTodayAndTheToolsAreOffered() async throws {
        let store = try TurnTestStore()
        let provider = ScriptedProvider([])

        _ = await store.agent(provider).send("What day is it?", to: nil).collect()

        let request = try #require(provider.requests.first)
        #expect(request.model == "test-model")
        #expect(request.messages[0].role == .system)
        #expect(request.messages[0].content.contains("Today is Thursday 26 November 2026 (2026-11-26)"))
        #expect(request.tools.map(\.name) == TaskTool.definitions.map(\.name))
        #expect(request.messages.dropFirst() == [.user("What day is it?")])
    }

    @Test func aSystemPromptGivenReplacesTheStandardOne() async throws {
        let store = try TurnTestStore()
        let provider = ScriptedProvider([])

        _ = await store.agent(provider) { $0.systemPrompt = "Answer in French." }.send("Hi", to: nil).collect()

        #expect(provider.requests.first?.messages.first == .system("Answer in French."))
    }

    @Test func aLaterTurnSeesTheEarlierOnes() async throws {
        let store = try TurnTestStore()
        let provider = ScriptedProvider([ScriptedProvider.reply("First answer."), ScriptedProvider.reply("Second answer.")])
        let agent = store.agent(provider)

        let id = try #require(await agent.send("First", to: nil).collect().conversationID)
        let events = await agent.send("Second", to: id).collect()

        #expect(events.conversationID == id)
        #expect(provider.requests[1].messages.dropFirst() == [
            .user("First"), .assistant("First answer."), .user("Second"),
        ])
    }

    @Test func theOfflineEngineRunsThroughTheSameLoop() async throws {
        let store = try TurnTestStore()
        let agent = store.agent(OfflineEngine()) { $0.model = ProviderChoice.offlineModel }

        let events = await agent.send("Add a task to buy groceries", to: nil).collect()

        #expect(events.summary?.reply == "Added #1 Buy groceries.")
        #expect(events.summary?.model == "offline")
        #expect(try store.tasks.list(TaskQuery()).tasks.map(\.title) == ["Buy groceries"])
        let messages = try await store.messages(in: try #require(events.conversationID))
        #expect(messages.map(\.role) == [.user, .assistant, .tool, .assistant])
        #expect(messages.filter { $0.role == .assistant }.allSatisfy { $0.model == "offline" })
    }

    @Test func anEmptyMessageIsRefusedAndNothingIsStored() async throws {
        let store = try TurnTestStore()

        let events = await store.agent(ScriptedProvider([])).send(" \n\t", to: nil).collect()

        #expect(events == [.failed(.emptyMessage)])
        #expect(try await store.conversations.mostRecent() == nil)
    }

    @Test func anUnknownConversationIsRefusedBeforeAnythingIsStored() async throws {
        let store = try TurnTestStore()

        let events = await store.agent(ScriptedProvider([])).send("Hello", to: 42).collect()

        #expect(events == [.failed(.conversation(.notFound(42)))])
    }

    @Test func aMessageLongerThanTheBudgetIsRefusedButKept() async throws {
        let store = try TurnTestStore()
        let provider = ScriptedProvider([])
        let text = String(repeating: "long words ", count: 4000)

        let events = await store.agent(provider).send(text, to: nil).collect()

        guard case .messageTooLong(let tokens, let allowance)? = events.failure else {
            Issue.record("expected messageTooLong, got \(events)")
            return
        }
        #expect(tokens == (text.utf8.count + 3) / 4 + 4)
        #expect(allowance < tokens)
        #expect(provider.requests.isEmpty)
        #expect(try await store.messages(in: try #require(events.conversationID)).map(\.content) == [text])
    }
}
