import Foundation
import Persistence

/// This process's hold on a conversation for the length of one turn.
///
/// A heartbeat renews it while the model streams, so that another chattui can tell a
/// slow turn from a dead one; each write of the turn renews it too, in the write's own
/// transaction, and is refused if another process has taken it over.
struct ConversationLease: Sendable {
    let conversationID: Int64
    private let conversations: ConversationService
    private let pid: Int32
    private let heartbeat: Task<Void, Never>
    private let executor: SerialQueueExecutor

    /// Takes the lease, or throws ``ConversationError/leaseHeld(conversationID:ownerPID:)``
    /// when another live chattui holds a fresh one.
    static func acquire(
        _ conversationID: Int64, in conversations: ConversationService, settings: AgentSettings,
        on executor: SerialQueueExecutor
    ) async throws -> ConversationLease {
        let pid = settings.processID
        try await shielded(on: executor) {
            try await conversations.acquireLease(
                conversationID: conversationID, pid: pid, now: Date(), staleAfter: settings.leaseStaleAfter)
        }
        let interval = settings.leaseHeartbeat
        let heartbeat = Task(executorPreference: executor) {
            while (try? await Task.sleep(for: interval)) != nil {
                try? await conversations.renewLease(conversationID: conversationID, pid: pid, now: Date())
            }
        }
        return ConversationLease(
            conversationID: conversationID, conversations: conversations, pid: pid, heartbeat: heartbeat,
            executor: executor)
    }

    /// What a write of the turn passes to the store, which renews the lease with it or throws
    /// ``ConversationError/leaseLost(conversationID:)`` if another process took it over while
    /// this one was stopped.
    func renewal() -> LeaseRenewal {
        LeaseRenewal(pid: pid, now: Date())
    }

    /// Stops the heartbeat and gives the lease up; a failure here leaves a lease that
    /// goes stale on its own, so it is not worth failing a finished turn for.
    func release() async {
        heartbeat.cancel()
        let (conversations, id, pid) = (conversations, conversationID, pid)
        _ = try? await shielded(on: executor) { try await conversations.releaseLease(conversationID: id, pid: pid) }
    }
}
