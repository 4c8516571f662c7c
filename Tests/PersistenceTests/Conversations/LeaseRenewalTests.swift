import Foundation
import Testing
@testable import Persistence

/// A turn's writes renew its lease in their own transaction and are refused once another
/// copy has taken the lease over, on every backend: nothing of a refused write is stored.
struct LeaseRenewalTests {
    @Test(arguments: TestBackend.available)
    func aStepWhoseLeaseWasTakenOverStoresNothing(backend: TestBackend) throws {
        // Given a conversation whose lease this copy held, then let go stale, and another took
        let lease = try TakenOverLease(backend, firstMessage: "add milk")
        // When this copy stores a model step that adds a task
        #expect(throws: ConversationError.leaseLost(conversationID: lease.conversation.id)) {
            try lease.mine.appendStep(
                to: lease.conversation.id, assistant: NewMessage(role: .assistant, content: ""),
                renewing: LeaseRenewal(pid: 4242, now: lease.start + 121)
            ) { editor in
                _ = try editor.add(TaskDraft(title: "milk"))
                return [NewMessage(role: .tool, content: "{}", toolCallID: "call_1")]
            }
        }
        // Then neither the messages nor the task are stored, and the lease stays theirs
        #expect(try lease.mine.newestMessages(in: lease.conversation.id, limit: 10).map(\.content) == ["add milk"])
        #expect(try lease.mine.conversation(id: lease.conversation.id).messageCount == 1)
        #expect(try TaskService(database: lease.database, user: lease.user, clock: fixedClock(), source: .agent)
            .list(TaskQuery()).tasks.isEmpty)
        #expect(try lease.mine.leaseHolder(conversationID: lease.conversation.id)?.pid == 4343)
        withExtendedLifetime(lease.lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func aReplyWhoseLeaseWasTakenOverIsNotStored(backend: TestBackend) throws {
        // Given a lease another copy has taken over
        let lease = try TakenOverLease(backend, firstMessage: "hi")
        // When this copy stores its reply, then it is refused and nothing is stored
        #expect(throws: ConversationError.leaseLost(conversationID: lease.conversation.id)) {
            try lease.mine.append(
                NewMessage(role: .assistant, content: "hello"), to: lease.conversation.id,
                renewing: LeaseRenewal(pid: 4242, now: lease.start + 121))
        }
        #expect(try lease.mine.conversation(id: lease.conversation.id).messageCount == 1)
        // And the holder's own reply is stored, renewing its heartbeat
        let reply = try lease.theirs.append(
            NewMessage(role: .assistant, content: "hello"), to: lease.conversation.id,
            renewing: LeaseRenewal(pid: 4343, now: lease.start + 130))
        #expect(reply.content == "hello")
        #expect(try lease.theirs.leaseHolder(conversationID: lease.conversation.id)?.heartbeat == lease.start + 130)
        // And a conversation that is not there is not found without a lease, and has no lease to renew with one
        #expect(throws: ConversationError.notFound(4242)) {
            try lease.theirs.append(NewMessage(role: .assistant, content: "x"), to: 4242)
        }
        #expect(throws: ConversationError.leaseLost(conversationID: 4242)) {
            try lease.theirs.append(
                NewMessage(role: .assistant, content: "x"), to: 4242, renewing: LeaseRenewal(pid: 4343, now: lease.start))
        }
        withExtendedLifetime(lease.lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func aStepsMessagesAreStoredInOrderWithItsTools(backend: TestBackend) throws {
        // Given a conversation whose lease this copy holds
        let (database, user, lifetime) = try backend.makeDatabase()
        let conversations = ConversationService(database: database, user: user, clock: fixedClock())
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "two"))
        let start = instant("2025-03-14T10:00:00Z")
        try conversations.acquireLease(conversationID: conversation.id, pid: 4242, now: start, staleAfter: 60)
        // When a step with two calls is stored
        let calls = [StoredToolCall(id: "a", name: "add_task", arguments: "{}"), StoredToolCall(id: "b", name: "x", arguments: "{")]
        let stored = try conversations.appendStep(
            to: conversation.id, assistant: NewMessage(role: .assistant, content: "", toolCalls: calls),
            renewing: LeaseRenewal(pid: 4242, now: start + 5)
        ) { editor in
            _ = try editor.add(TaskDraft(title: "one", tags: ["home"]))
            return [
                NewMessage(role: .tool, content: "{\"id\": 1}", toolCallID: "a"),
                NewMessage(role: .tool, content: "a\u{0}b", toolCallID: "b"),
            ]
        }
        // Then the assistant message comes first, its results after it in call order, all
        // counted once, and the heartbeat moved
        #expect(stored.map(\.role) == [.assistant, .tool, .tool])
        #expect(stored.map(\.id) == stored.map(\.id).sorted())
        #expect(stored[0].toolCalls == calls && stored.map(\.toolCallID) == [nil, "a", "b"])
        #expect(try conversations.newestMessages(in: conversation.id, limit: 10).map(\.content) == ["two", "", "{\"id\": 1}", "a\u{0}b"])
        #expect(try conversations.conversation(id: conversation.id).messageCount == 4)
        #expect(try conversations.leaseHolder(conversationID: conversation.id)?.heartbeat == start + 5)
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func moreMessagesThanOneStatementHoldsKeepTheirOrderAndCounts(backend: TestBackend) throws {
        // Given a conversation
        let (database, user, lifetime) = try backend.makeDatabase()
        let conversations = ConversationService(database: database, user: user, clock: fixedClock())
        let (conversation, first) = try conversations.startConversation(with: NewMessage(role: .user, content: "0"))
        // When more messages than two of PostgreSQL's statements hold are appended at once
        let count = PostgresMessageBatch.capacity * 2 + 7
        let messages = (1...count).map { NewMessage(role: $0 % 2 == 0 ? .user : .assistant, content: "\($0)") }
        try conversations.append(contentsOf: messages, to: conversation.id)
        // Then all are stored in order and counted once each
        let stored = try conversations.messages(in: conversation.id, after: nil, limit: count + 10)
        #expect(stored.map(\.content) == (0...count).map(String.init))
        let updated = try conversations.conversation(id: conversation.id)
        #expect(updated.messageCount == count + 1)
        #expect(updated.tokenCount == first.tokenEstimate + messages.reduce(0) { $0 + $1.tokenEstimate })
        withExtendedLifetime(lifetime) {}
    }
}

/// A conversation this copy (pid 4242) leased and let go stale, and another copy (pid 4343)
/// then took over, two minutes on.
private struct TakenOverLease {
    let database: AppDatabase
    let user: UserID
    let lifetime: AnyObject
    let mine: ConversationService
    let theirs: ConversationService
    let conversation: Conversation
    let start = instant("2025-03-14T10:00:00Z")

    init(_ backend: TestBackend, firstMessage: String) throws {
        (database, user, lifetime) = try backend.makeDatabase()
        mine = ConversationService(database: database, user: user, clock: fixedClock())
        theirs = ConversationService(database: try backend.reopen(lifetime), user: user, clock: fixedClock())
        (conversation, _) = try mine.startConversation(with: NewMessage(role: .user, content: firstMessage))
        try mine.acquireLease(conversationID: conversation.id, pid: 4242, now: start, staleAfter: 60)
        try theirs.acquireLease(conversationID: conversation.id, pid: 4343, now: start + 120, staleAfter: 60)
    }
}
