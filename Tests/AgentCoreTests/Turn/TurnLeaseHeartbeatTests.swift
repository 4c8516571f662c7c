import Foundation
import Persistence
import Testing
@testable import AgentCore
import TestSupport

/// The lease's heartbeat, the one thing here that is about time: the test waits for the
/// heartbeat to move, up to a generous deadline, instead of betting on a schedule.
@Suite struct TurnLeaseHeartbeatTests {
    @Test(.timeLimit(.minutes(10))) func aLongTurnKeepsItsLeaseFresh() async throws {
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
        let taken = try await eventually(within: .seconds(20), every: .milliseconds(5)) {
            try store.conversations.leaseHolder(conversationID: id)
        } until: { $0 != nil }
        let first = try #require(taken)
        #expect(first.pid == getpid())

        // While the turn waits on the model, the heartbeat keeps moving forward
        let moved = try await eventually(within: .seconds(20)) {
            try store.conversations.leaseHolder(conversationID: id)
        } until: { ($0?.heartbeat ?? first.heartbeat) > first.heartbeat }
        let latest = try #require(moved)
        #expect(latest.heartbeat > first.heartbeat)
        #expect(latest.pid == getpid())
        consumer.cancel()
    }
}
