import Foundation
import Testing
@testable import Persistence

/// On PostgreSQL a lease's holder is alive while its server connection is, whatever machine
/// it runs on: a holder whose connection closed (a crash, `kill -9`) loses it at once.
@Suite(.enabled(if: PostgresTestCluster.shouldRun, PostgresTestCluster.skipNote))
struct PostgresLeaseTests {
    @Test func aHolderWhoseConnectionClosedLosesTheLeaseAtOnce() throws {
        // Given a fresh lease held through one connection
        let holder = try PostgresTestDatabase()
        let first = try holder.open()
        let user = UserID(try #require(holder.url.user))
        let mine = ConversationService(database: first, user: user, clock: fixedClock())
        let theirs = ConversationService(database: try holder.open(), user: user, clock: fixedClock())
        let (conversation, _) = try mine.startConversation(with: NewMessage(role: .user, content: "hi"))
        let start = instant("2025-03-14T10:00:00Z")
        try mine.acquireLease(conversationID: conversation.id, pid: 4242, now: start, staleAfter: 60)
        #expect(throws: ConversationError.leaseHeld(conversationID: conversation.id, ownerPID: 4242)) {
            try theirs.acquireLease(conversationID: conversation.id, pid: 4343, now: start + 1, staleAfter: 60)
        }
        // When that connection closes, as a killed process's does
        guard case .postgres(let session) = first.backend else { throw UnexpectedBackend() }
        session.close()
        // Then the other takes the lease although its heartbeat is fresh, once the server
        // has seen the connection go
        let deadline = Date().addingTimeInterval(10)
        var taken = false
        while !taken && Date() < deadline {
            taken = (try? theirs.acquireLease(conversationID: conversation.id, pid: 4343, now: start + 2, staleAfter: 60)) != nil
            if !taken { usleep(10_000) }
        }
        #expect(taken)
        #expect(try theirs.leaseHolder(conversationID: conversation.id)?.pid == 4343)
    }

    struct UnexpectedBackend: Error {}
}
