import Foundation
import Persistence
import Testing
@testable import AgentCore

/// The lease's heartbeat, the one thing here that is about time: the test waits for the
/// heartbeat to move, up to a generous deadline, instead of betting on a schedule.
@Suite struct TurnLeaseHeartbeatTests {
    @Test(.timeLimit(.minutes(1))) func aLongTurnKeepsItsLeaseFresh() async throws {
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
        let deadline = Date().addingTimeInterval(20)
        var taken = try store.conversations.leaseHolder(conversationID: id)
        while taken == nil && Date() < deadline {
            try await Task.sleep(for: .milliseconds(5))
            taken = try store.conversations.leaseHolder(conversationID: id)
        }
        let first = try #require(taken)
        #expect(first.pid == getpid())

        // While the turn waits on the model, the heartbeat keeps moving forward
        var latest = first
        while latest.heartbeat <= first.heartbeat && Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
            latest = try #require(try store.conversations.leaseHolder(conversationID: id))
        }
        #expect(latest.heartbeat > first.heartbeat)
        #expect(latest.pid == getpid())
        consumer.cancel()
    }
}
