import Foundation
import Testing
@testable import Persistence

/// The conversation service's contract, asserted once and run on every backend: the same
/// calls give the same answers on a SQLite file and on a PostgreSQL server.
struct ConversationBackendTests {
    @Test(arguments: TestBackend.available)
    func conversationsAreCreatedListedRenamedDeletedAndRestored(backend: TestBackend) throws {
        // Given three conversations, the first one written to last
        let (database, user, lifetime) = try backend.makeDatabase()
        let time = ManualClock()
        let conversations = ConversationService(database: database, user: user, clock: time.clock)
        #expect(try conversations.mostRecent() == nil)
        let (a, first) = try conversations.startConversation(
            with: NewMessage(role: .user, content: "  Remind me to\tpay   the bills\nplease"))
        let b = try conversations.startConversation(with: NewMessage(role: .user, content: "b")).0
        let c = try conversations.startConversation(with: NewMessage(role: .user, content: "c")).0
        time.advance(by: 5)
        _ = try conversations.append(NewMessage(role: .assistant, content: "again"), to: a.id)
        // Then each is titled after its first line, stamped, counted and listed newest first
        #expect(a.title == "Remind me to pay the bills")
        #expect(a.userID == user && a.messageCount == 1 && a.tokenCount == first.tokenEstimate)
        #expect(a.createdAt == instant("2025-03-14T10:00:00Z") && first.createdAt == a.createdAt)
        #expect(try conversations.list(limit: nil).map(\.id) == [a.id, c.id, b.id])
        #expect(try conversations.list(limit: 2).map(\.id) == [a.id, c.id])
        #expect(try conversations.mostRecent()?.id == a.id)
        #expect(try conversations.conversation(id: a.id).updatedAt == instant("2025-03-14T10:00:05Z"))
        // And rename cleans the title; delete hides until restore; a missing one is not found
        #expect(try conversations.rename(b.id, to: "  New\nname ").title == "New")
        _ = try conversations.delete(c.id, purgingBefore: .distantPast)
        #expect(try conversations.list(limit: nil).map(\.id) == [a.id, b.id])
        #expect(throws: ConversationError.notFound(c.id)) { try conversations.conversation(id: c.id) }
        #expect(try conversations.restore(c.id).id == c.id)
        #expect(try conversations.list(limit: nil).count == 3)
        #expect(throws: ConversationError.notFound(4242)) { try conversations.restore(4242) }
        #expect(throws: ConversationError.notFound(4242)) {
            try conversations.append(NewMessage(role: .user, content: "x"), to: 4242)
        }
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func messagesReadBackWholeAndPageFromEitherEnd(backend: TestBackend) async throws {
        // Given a conversation of 10 messages, then a reply carrying every field
        let (database, user, lifetime) = try backend.makeDatabase()
        let conversations = ConversationService(database: database, user: user, clock: fixedClock())
        let (conversation, _) = try await conversations.startConversation(with: NewMessage(role: .user, content: "0"))
        let id = conversation.id
        try conversations.append(
            contentsOf: (1..<10).map { NewMessage(role: $0.isMultiple(of: 2) ? .user : .assistant, content: "\($0)") },
            to: id)
        let call = StoredToolCall(id: "call_1", name: "list_tasks", arguments: "{\"x\":", extra: "{\"index\":0}")
        let reply = try await conversations.append(
            NewMessage(
                role: .assistant, content: "nul\u{0}after 日本 👍🏽", toolCalls: [call], interrupted: true, model: "m1",
                usage: TokenUsage(promptTokens: 10, completionTokens: 5, totalTokens: 15),
                reasoning: StoredReasoning(text: "thinking", field: "reasoning_content")),
            to: id)
        // Then the reply reads back exactly as it was stored, NUL included
        #expect(try await conversations.newestMessages(in: id, limit: 1) == [reply])
        #expect(reply.content == "nul\u{0}after 日本 👍🏽" && reply.toolCalls == [call] && reply.interrupted)
        #expect(try conversations.model(of: id) == "m1")
        // And pages come oldest first from the newest end, above it, and from the start
        let newest = try await conversations.newestMessages(in: id, limit: 3)
        #expect(newest.map(\.content) == ["8", "9", reply.content])
        let older = try await conversations.messages(in: id, before: newest[0].id, limit: 3)
        #expect(older.map(\.content) == ["5", "6", "7"])
        #expect(try await conversations.messages(in: id, before: older[0].id, limit: 10).map(\.content) == ["0", "1", "2", "3", "4"])
        #expect(try conversations.messages(in: id, after: nil, limit: 2).map(\.content) == ["0", "1"])
        #expect(try conversations.messages(in: id, after: older[2].id, limit: 2).map(\.content) == ["8", "9"])
        // And a resumed conversation (-c, as `ask` finds it) continues where it stopped
        #expect(try await conversations.mostRecent()?.id == id)
        #expect(try await conversations.newestMessages(in: id, limit: 3) == newest)
        let next = try await conversations.append(NewMessage(role: .user, content: "resumed"), to: id)
        #expect(try await conversations.messages(in: id, before: next.id, limit: 1) == [reply])
        #expect(try await conversations.conversation(id: id).messageCount == 12)
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func aStepStoresItsMessagesAndTaskEffectsTogetherOrNotAtAll(backend: TestBackend) async throws {
        // Given a conversation and a task
        let (database, user, lifetime) = try backend.makeDatabase()
        let conversations = ConversationService(database: database, user: user, clock: fixedClock())
        let tasks = TaskService(database: database, user: user, clock: fixedClock(), source: .cli)
        let kept = try tasks.add(TaskDraft(title: "Keep"))
        let (conversation, _) = try await conversations.startConversation(with: NewMessage(role: .user, content: "add milk"))
        let call = StoredToolCall(id: "c1", name: "add_task", arguments: "{\"title\":\"Milk\"}")
        // When a step's tools change tasks and then throw
        struct Boom: Error {}
        await #expect(throws: Boom.self) {
            try await conversations.appendStep(
                to: conversation.id, assistant: NewMessage(role: .assistant, content: "", toolCalls: [call])
            ) { editor in
                _ = try editor.complete(id: kept.id)
                _ = try editor.add(TaskDraft(title: "Lost"))
                throw Boom()
            }
        }
        // Then no message, counter or task change was stored
        #expect(try await conversations.conversation(id: conversation.id).messageCount == 1)
        #expect(try await conversations.newestMessages(in: conversation.id, limit: 10).count == 1)
        #expect(try tasks.list(TaskQuery()).tasks == [kept])
        // When a step adds a task and answers the call
        let stored = try await conversations.appendStep(
            to: conversation.id, assistant: NewMessage(role: .assistant, content: "", toolCalls: [call])
        ) { editor in
            let task = try editor.add(TaskDraft(title: "Milk"))
            return [NewMessage(role: .tool, content: "{\"task_id\": \(task.id)}", toolCallID: "c1")]
        }
        // Then both messages and the task are stored, the change journaled for undo
        #expect(stored.map(\.role) == [.assistant, .tool] && stored[1].toolCallID == "c1")
        #expect(try await conversations.conversation(id: conversation.id).messageCount == 3)
        #expect(try tasks.list(TaskQuery()).tasks.map(\.title) == ["Keep", "Milk"])
        let undone = try tasks.undoLastChange()
        #expect(undone?.action == .add && undone?.task.title == "Milk")
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func aLeaseExcludesAnotherHandleUntilReleasedOrStale(backend: TestBackend) throws {
        // Given a conversation and two handles on the database, as two processes have
        let (database, user, lifetime) = try backend.makeDatabase()
        let mine = ConversationService(database: database, user: user, clock: fixedClock())
        let theirs = ConversationService(database: try backend.reopen(lifetime), user: user, clock: fixedClock())
        let (conversation, _) = try mine.startConversation(with: NewMessage(role: .user, content: "hi"))
        let id = conversation.id
        let me = getpid()
        let start = instant("2025-03-14T10:00:00Z")
        // When this one holds the lease
        try mine.acquireLease(conversationID: id, pid: me, now: start, staleAfter: 30)
        // Then the other is refused, naming the holder, while the heartbeat is fresh
        #expect(throws: ConversationError.leaseHeld(conversationID: id, ownerPID: me)) {
            try theirs.acquireLease(conversationID: id, pid: me + 1, now: start + 10, staleAfter: 30)
        }
        try mine.renewLease(conversationID: id, pid: me, now: start + 25)
        #expect(try theirs.leaseHolder(conversationID: id) == LeaseHolder(pid: me, heartbeat: start + 25))
        #expect(throws: ConversationError.leaseHeld(conversationID: id, ownerPID: me)) {
            try theirs.acquireLease(conversationID: id, pid: me + 1, now: start + 50, staleAfter: 30)
        }
        // And releasing lets it in; a stale heartbeat lets the first take it back, and the
        // one that lost it is told so when it renews
        try mine.releaseLease(conversationID: id, pid: me)
        try theirs.acquireLease(conversationID: id, pid: me + 1, now: start + 51, staleAfter: 30)
        try mine.acquireLease(conversationID: id, pid: me, now: start + 82, staleAfter: 30)
        #expect(throws: ConversationError.leaseLost(conversationID: id)) {
            try theirs.renewLease(conversationID: id, pid: me + 1, now: start + 83)
        }
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func draftsAreKeptByteForBytePerConversation(backend: TestBackend) throws {
        let (database, user, lifetime) = try backend.makeDatabase()
        let conversations = ConversationService(database: database, user: user, clock: fixedClock())
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "hi"))
        try conversations.saveDraft("line one\n\tline two 日本語 👍🏽 nul\u{0}after", for: conversation.id)
        try conversations.saveDraft("a new one", for: nil)
        #expect(try conversations.draft(for: conversation.id) == "line one\n\tline two 日本語 👍🏽 nul\u{0}after")
        #expect(try conversations.draft(for: nil) == "a new one")
        try conversations.saveDraft("replaced", for: conversation.id)
        #expect(try conversations.draft(for: conversation.id) == "replaced")
        _ = try conversations.delete(conversation.id, purgingBefore: .distantPast)
        #expect(try conversations.draft(for: conversation.id) == nil)
        _ = try conversations.restore(conversation.id)
        try conversations.saveDraft("", for: conversation.id)
        #expect(try conversations.draft(for: conversation.id) == nil)
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func importingTheSameConversationTwiceAddsItOnceAndExtendsIt(backend: TestBackend) throws {
        let (database, user, lifetime) = try backend.makeDatabase()
        let conversations = ConversationService(database: database, user: user, clock: fixedClock())
        let began = instant("2025-01-02T03:04:05Z")
        func imported(_ texts: [String]) -> ImportedConversation {
            ImportedConversation(
                title: "Groceries", createdAt: began,
                messages: texts.enumerated().map { index, text in
                    ImportedMessage(
                        NewMessage(role: index.isMultiple(of: 2) ? .user : .assistant, content: text),
                        createdAt: began + Double(index))
                })
        }
        #expect(try conversations.importConversation(imported(["milk?", "added"]), dryRun: true) == .added(messages: 2))
        #expect(try conversations.list(limit: nil).isEmpty)
        #expect(try conversations.importConversation(imported(["milk?", "added"]), dryRun: false) == .added(messages: 2))
        let id = try #require(try conversations.mostRecent()).id
        #expect(try conversations.importConversation(imported(["milk?", "added"]), dryRun: false) == .unchanged(id))
        let longer = imported(["milk?", "added", "and eggs", "added too"])
        #expect(try conversations.importConversation(longer, dryRun: false) == .extended(id, messages: 2))
        let stored = try conversations.conversation(id: id)
        #expect(stored.title == "Groceries" && stored.createdAt == began && stored.messageCount == 4)
        #expect(stored.updatedAt == began + 3)
        #expect(try conversations.messages(in: id, after: nil, limit: 10).map(\.content) == longer.messages.map(\.message.content))
        withExtendedLifetime(lifetime) {}
    }
}
