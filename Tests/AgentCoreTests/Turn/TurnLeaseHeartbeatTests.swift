import Foundation
import Persistence
import Testing
@testable import AgentCore

/// The lease's heartbeat, the one thing here that is about time.
@Suite struct TurnLeaseHeartbeatTests {
    @Test func aLongTurnKeepsItsLeaseFresh() async throws {
        let store = try TurnTestStore()
        let agent = store.agent(ScriptedProvider([.hanging([.textDelta("Thinking")])])) {
            $0.leaseHeartbeat = .milliseconds(50)
        }
        let (started, signal) = AsyncStream.makeStream(of: Int64.self)
        let consumer = Task {
            for await event in agent.send("Take your time", to: nil) {
                if case .started(let id) = event { signal.yield(id) }
            }
        }
        var ids = started.makeAsyncIterator()
        let id = try #require(await ids.next())

        // Long after the lease was taken, it is still too fresh for another process to take over
        try await Task.sleep(for: .milliseconds(600))
        await #expect(throws: ConversationError.leaseHeld(conversationID: id, ownerPID: getpid())) {
            try await store.conversations.acquireLease(conversationID: id, pid: getppid(), now: Date(), staleAfter: 0.4)
        }
        consumer.cancel()
    }
}
