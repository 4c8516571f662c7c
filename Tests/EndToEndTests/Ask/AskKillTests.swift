import Foundation
import Persistence
import Testing
import TestSupport

/// `kill -9` in the middle of `chattui ask`, on each backend: nothing runs to tidy up, yet
/// every model step is stored whole or not at all, and the next turn is accepted.
@Suite(.serialized) struct AskKillTests {
    @Test(.timeLimit(.minutes(10)), arguments: StoreBackend.available)
    func aKilledTurnKeepsWholeStepsOnlyAndTheNextTurnIsAccepted(backend: StoreBackend) async throws {
        // Given a turn whose first step added a task and whose second step is streaming
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"tool_calls": [{"name": "add_task", "arguments": "{\"title\": \"Buy groceries\"}"}]},
             {"text": "One two three four five six seven eight nine ten eleven twelve",
              "chunk_size": 4, "delay_between_chunks": 0.3},
             {"text": "Still here."}]
            """#)
        let sandbox = try Sandbox(backend: backend)
        sandbox.use(server)
        let child = try sandbox.start(["ask", "Add a task to buy groceries, then count to twelve"])
        try await eventually(within: .seconds(20)) { !child.stdoutSoFar.isEmpty }
        #expect(!child.stdoutSoFar.isEmpty)

        // When it is killed outright
        #expect(kill(child.pid, SIGKILL) == 0)
        let killed = try await Task.detached { try child.wait() }.value
        #expect(killed.status == SIGKILL)

        // Then the user message and the whole first step are stored, and nothing of the second
        let stored = try await sandbox.storedMessages(in: 1)
        #expect(stored.map(\.role) == [.user, .assistant, .tool])
        #expect(stored[1].toolCalls.map(\.name) == ["add_task"] && stored[2].toolCallID == stored[1].toolCalls.first?.id)
        #expect(try await sandbox.listedTasks().map { $0["title"] } == ["Buy groceries"])
        #expect(try await sandbox.conversationService().conversation(id: 1).messageCount == 3)

        // And once the server has dropped the killed process's connection (this process's
        // handles above are closed by now too), the next turn
        // takes the conversation at once, without waiting for the lease to go stale
        #expect(try sandbox.scratch?.waitUntilNobodyIsConnected(within: 20) ?? true)
        let next = try await sandbox.launch(["ask", "-r", "1", "Are you there?"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout == "Still here.\n")
        #expect(try await sandbox.storedMessages(in: 1).map(\.role) == [.user, .assistant, .tool, .user, .assistant])
        try server.expectEveryRequestValid()
    }
}
