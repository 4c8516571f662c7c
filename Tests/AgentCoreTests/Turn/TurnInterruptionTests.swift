import Foundation
import Persistence
import Testing
@testable import AgentCore

/// Turns that do not end with an answer: cancelled, failed, retried, or kept out by
/// another process's lease.
@Suite struct TurnInterruptionTests {
    @Test func cancellingKeepsWhatHadStreamedMarkedInterrupted() async throws {
        let store = try TurnTestStore()
        let provider = ScriptedProvider([.hanging([.textDelta("Half of an ans")]), ScriptedProvider.reply("Sure.")])
        let agent = store.agent(provider)

        // Given a turn whose consumer goes away once the first words arrive
        let consumer = Task { () -> [TurnEvent] in
            var events: [TurnEvent] = []
            for await event in agent.send("Tell me a story", to: nil) {
                events.append(event)
                if case .textDelta = event { withUnsafeCurrentTask { $0?.cancel() } }
            }
            return events
        }
        let seen = await consumer.value
        let id = try #require(seen.conversationID)
        #expect(seen.text == "Half of an ans")

        // When the next turn in the conversation runs (it waits for the cancelled one to settle)
        let next = await agent.send("Never mind", to: id).collect()

        // Then the cut reply sits before it, stored and marked
        #expect(next.summary?.reply == "Sure.")
        let messages = try await store.messages(in: id)
        #expect(messages.map(\.role) == [.user, .assistant, .user, .assistant])
        #expect(messages[1].content == "Half of an ans")
        #expect(messages[1].interrupted)
        #expect(!messages[3].interrupted)
        // And the model sees the cut reply as what it had said
        #expect(provider.requests[1].messages.dropFirst() == [
            .user("Tell me a story"), .assistant("Half of an ans"), .user("Never mind"),
        ])
    }

    @Test(.timeLimit(.minutes(10))) func cancelThroughTheHandleStillReportsTheInterruptedEnding() async throws {
        let store = try TurnTestStore()
        let provider = ScriptedProvider([.hanging([.textDelta("Half of an ans")])])

        // Given a turn that has streamed its first words and then waits on the network
        let turn = store.agent(provider).send("Tell me a story", to: nil)
        var events: [TurnEvent] = []
        for await event in turn {
            events.append(event)
            // When the person interrupts it (Esc, Ctrl-C)
            if case .textDelta = event { turn.cancel() }
        }

        // Then the events still end with a finished turn that says it was interrupted
        let summary = try #require(events.summary)
        #expect(summary.ending == .interrupted)
        #expect(summary.reply == "Half of an ans")
        let messages = try await store.messages(in: summary.conversationID)
        #expect(messages.last?.interrupted == true)
        #expect(messages.last?.content == "Half of an ans")
    }

    @Test func aProviderFailureKeepsTheUserMessageAndNothingElse() async throws {
        let store = try TurnTestStore()
        let error = ProviderError.server(status: 500, message: "boom")
        let provider = ScriptedProvider([.failing([], error)])

        let events = await store.agent(provider).send("Add a task to water the plants", to: nil).collect()

        let id = try #require(events.conversationID)
        #expect(events == [.started(conversationID: id), .failed(.provider(error))])
        let messages = try await store.messages(in: id)
        #expect(messages.map(\.content) == ["Add a task to water the plants"])
    }

    @Test func retryRunsTheStoredMessageAgainWithoutStoringItTwice() async throws {
        let store = try TurnTestStore()
        let failing = ScriptedProvider([.failing([], .rateLimited(message: nil))])
        let id = try #require(await store.agent(failing).send("What's pending?", to: nil).collect().conversationID)

        let provider = ScriptedProvider([ScriptedProvider.reply("Nothing is pending.")])
        let events = await store.agent(provider).retry(conversationID: id).collect()

        #expect(events.first == .started(conversationID: id))
        #expect(events.summary?.reply == "Nothing is pending.")
        #expect(provider.requests[0].messages.dropFirst() == [.user("What's pending?")])
        let messages = try await store.messages(in: id)
        #expect(messages.map(\.role) == [.user, .assistant])
    }

    @Test func retryAfterAFailedToolRoundContinuesFromTheSavedRound() async throws {
        let store = try TurnTestStore()
        let call = ToolCall(id: "call_1", name: "list_tasks", arguments: "{}")
        let first = ScriptedProvider([ScriptedProvider.calls(call), .failing([], .timedOut(url: "http://x"))])
        let id = try #require(await store.agent(first).send("Show my tasks", to: nil).collect().conversationID)

        let provider = ScriptedProvider([ScriptedProvider.reply("You have no tasks.")])
        _ = await store.agent(provider).retry(conversationID: id).collect()

        #expect(provider.requests[0].messages.map(\.role) == [.system, .user, .assistant, .tool])
        #expect(try await store.messages(in: id).map(\.role) == [.user, .assistant, .tool, .assistant])
    }

    @Test func retryRefusesAConversationThatEndsWithAnAnswer() async throws {
        let store = try TurnTestStore()
        let agent = store.agent(ScriptedProvider([]))
        let id = try #require(await agent.send("Hi", to: nil).collect().conversationID)

        let events = await agent.retry(conversationID: id).collect()

        #expect(events == [.failed(.nothingToRetry(conversationID: id))])
        #expect(try await store.messages(in: id).count == 2)
    }

    @Test func aConversationBusyInAnotherProcessIsRefusedWithoutStoringAnything() async throws {
        let store = try TurnTestStore()
        // A lease goes stale after a minute without a heartbeat; a test starved of CPU on a
        // loaded machine can wait that long, so here only the owner's liveness counts.
        let agent = store.agent(ScriptedProvider([])) { $0.leaseStaleAfter = 24 * 3600 }
        let id = try #require(await agent.send("Hi", to: nil).collect().conversationID)
        // The parent process is alive and is not this one: it plays the other chattui.
        let other = getppid()
        try await store.conversations.acquireLease(conversationID: id, pid: other, now: Date(), staleAfter: 24 * 3600)

        let events = await agent.send("Are you there?", to: id).collect()

        #expect(events == [.failed(.conversation(.leaseHeld(conversationID: id, ownerPID: other)))])
        #expect(events.failure?.description.contains("pid \(other)") == true)
        #expect(try await store.messages(in: id).count == 2)

        // Once the other process lets go, the conversation is free again
        try await store.conversations.releaseLease(conversationID: id, pid: other)
        #expect(await agent.send("Are you there?", to: id).collect().summary != nil)
    }

    @Test func aFinishedTurnGivesItsLeaseUp() async throws {
        let store = try TurnTestStore()
        let id = try #require(await store.agent(ScriptedProvider([])).send("Hi", to: nil).collect().conversationID)

        // Another live process can take the lease at once
        try await store.conversations.acquireLease(conversationID: id, pid: getppid(), now: Date(), staleAfter: 60)
    }
}
