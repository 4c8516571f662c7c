import Foundation
import Testing
@testable import Persistence

/// SQLite's side of leases: a holder is alive while its pid is; the exclusion both backends
/// share is in `ConversationBackendTests`, PostgreSQL's liveness in `PostgresLeaseTests`.
struct LeaseTests {
    private let me = getpid()
    /// No process has this id: Linux pids stay below 2^22.
    private let deadPID = Int32.max
    private let start = instant("2025-03-14T10:00:00Z")

    private func makeConversation() throws -> (ConversationService, Int64, TestFolder) {
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "hi"))
        return (conversations, conversation.id, folder)
    }

    @Test func aStaleOrDeadHoldersLeaseIsTakenOver() throws {
        let (conversations, id, folder) = try makeConversation()
        // Given a lease whose heartbeat is older than staleAfter
        try conversations.acquireLease(conversationID: id, pid: me, now: start, staleAfter: 30)
        try conversations.acquireLease(conversationID: id, pid: deadPID, now: start + 31, staleAfter: 30)
        // Then the old holder has lost it
        #expect(throws: ConversationError.leaseLost(conversationID: id)) {
            try conversations.renewLease(conversationID: id, pid: me, now: start + 32)
        }
        // And a lease held by a process that is gone is taken at once
        try conversations.acquireLease(conversationID: id, pid: me, now: start + 32, staleAfter: 30)
        withExtendedLifetime(folder) {}
    }

    @Test func anotherUsersConversationHasNoLease() throws {
        let (conversations, id, folder) = try makeConversation()
        let bob = ConversationService.make(conversations.database, user: "bob")
        #expect(throws: ConversationError.notFound(id)) {
            try bob.acquireLease(conversationID: id, pid: me, now: start, staleAfter: 30)
        }
        withExtendedLifetime(folder) {}
    }
}
