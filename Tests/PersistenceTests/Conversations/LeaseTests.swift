import Foundation
import Testing
@testable import Persistence

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

    @Test func aLiveHolderKeepsItsLease() throws {
        // Given a lease held by this (live) process
        let (conversations, id, folder) = try makeConversation()
        try conversations.acquireLease(conversationID: id, pid: me, now: start, staleAfter: 30)
        // Then another pid cannot take it while fresh, and the holder may take it again
        #expect(throws: ConversationError.leaseHeld(conversationID: id, ownerPID: me)) {
            try conversations.acquireLease(conversationID: id, pid: me + 1, now: start + 10, staleAfter: 30)
        }
        try conversations.acquireLease(conversationID: id, pid: me, now: start + 10, staleAfter: 30)
        withExtendedLifetime(folder) {}
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

    @Test func renewingKeepsTheLeaseFreshAndReleasingFreesIt() throws {
        let (conversations, id, folder) = try makeConversation()
        try conversations.acquireLease(conversationID: id, pid: me, now: start, staleAfter: 30)
        try conversations.renewLease(conversationID: id, pid: me, now: start + 25)
        #expect(throws: ConversationError.leaseHeld(conversationID: id, ownerPID: me)) {
            try conversations.acquireLease(conversationID: id, pid: me + 1, now: start + 50, staleAfter: 30)
        }
        try conversations.releaseLease(conversationID: id, pid: me + 1)
        try conversations.releaseLease(conversationID: id, pid: me)
        try conversations.acquireLease(conversationID: id, pid: me + 1, now: start + 51, staleAfter: 30)
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
