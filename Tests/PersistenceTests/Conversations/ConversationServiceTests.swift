import Foundation
import Testing
@testable import Persistence

extension ConversationService {
    static func make(_ database: AppDatabase, user: String = "alice", clock: TaskClock = fixedClock()) -> ConversationService {
        ConversationService(database: database, user: UserID(user), clock: clock)
    }
}

struct ConversationServiceTests {
    @Test func startingAConversationStoresItWithItsFirstMessage() throws {
        // Given an empty database
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        #expect(try conversations.mostRecent() == nil)
        // When a conversation starts with a user message
        let (conversation, message) = try conversations.startConversation(
            with: NewMessage(role: .user, content: "  Remind me to\tpay   the bills\nplease"))
        // Then it is titled after the first line and counts the message
        #expect(conversation.title == "Remind me to pay the bills")
        #expect(conversation.messageCount == 1)
        #expect(conversation.tokenCount == message.tokenEstimate)
        #expect(message.conversationID == conversation.id)
        #expect(message.createdAt == instant("2025-03-14T10:00:00Z"))
        #expect(try conversations.conversation(id: conversation.id) == conversation)
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: [
        ("", "New conversation"),
        ("\n\n  hello  \nworld", "hello"),
        (String(repeating: "a", count: 60), String(repeating: "a", count: 60)),
        (String(repeating: "ab ", count: 30), String(repeating: "ab ", count: 19) + "ab…"),
    ])
    func titles(text: String, expected: String) {
        #expect(ConversationRecord.title(from: text) == expected)
        #expect(ConversationRecord.title(from: text).count <= 60)
    }

    @Test func tokenEstimateIsBytesOverFourRoundedUpPlusFour() {
        #expect(NewMessage(role: .user, content: "").tokenEstimate == 4)
        #expect(NewMessage(role: .user, content: "abcde").tokenEstimate == 6)
        #expect(NewMessage(role: .user, content: "日本").tokenEstimate == 6)
        let call = StoredToolCall(id: "c1", name: "add_task", arguments: "{\"title\":\"x\"}")
        #expect(NewMessage(role: .assistant, content: "", toolCalls: [call]).tokenEstimate == (8 + 13 + 3) / 4 + 4)
    }

    @Test func appendUpdatesTheCountersAndTime() throws {
        // Given a conversation started at 10:00
        let (database, folder) = try makeTestDatabase()
        let time = ManualClock()
        let conversations = ConversationService.make(database, clock: time.clock)
        let (conversation, first) = try conversations.startConversation(with: NewMessage(role: .user, content: "hi"))
        // When a reply with tool calls and usage arrives a minute later
        time.advance(by: 60)
        let call = StoredToolCall(id: "call_1", name: "list_tasks", arguments: "{}")
        let usage = TokenUsage(promptTokens: 10, completionTokens: 5, totalTokens: 15)
        let reply = try conversations.append(
            NewMessage(role: .assistant, content: "Sure", toolCalls: [call], interrupted: true, model: "m1", usage: usage),
            to: conversation.id)
        // Then the message reads back whole and the row's counters moved
        #expect(reply.toolCalls == [call] && reply.usage == usage && reply.interrupted && reply.model == "m1")
        let updated = try conversations.conversation(id: conversation.id)
        #expect(updated.messageCount == 2)
        #expect(updated.tokenCount == first.tokenEstimate + reply.tokenEstimate)
        #expect(updated.updatedAt == instant("2025-03-14T10:01:00Z"))
        #expect(updated.createdAt == instant("2025-03-14T10:00:00Z"))
        #expect(try conversations.newestMessages(in: conversation.id, limit: 10) == [first, reply])
        withExtendedLifetime(folder) {}
    }

    @Test func listIsNewestFirstAndScopedToTheUser() throws {
        // Given three conversations of Alice's, the first one touched last, and one of Bob's
        let (database, folder) = try makeTestDatabase()
        let time = ManualClock()
        let alice = ConversationService.make(database, clock: time.clock)
        let bob = ConversationService.make(database, user: "bob", clock: time.clock)
        let a = try alice.startConversation(with: NewMessage(role: .user, content: "a")).0
        let b = try alice.startConversation(with: NewMessage(role: .user, content: "b")).0
        let c = try alice.startConversation(with: NewMessage(role: .user, content: "c")).0
        time.advance(by: 5)
        _ = try alice.append(NewMessage(role: .user, content: "again"), to: a.id)
        let bobs = try bob.startConversation(with: NewMessage(role: .user, content: "bob")).0
        // Then Alice sees hers newest first, ties broken by id
        #expect(try alice.list(limit: nil).map(\.id) == [a.id, c.id, b.id])
        #expect(try alice.list(limit: 2).map(\.id) == [a.id, c.id])
        #expect(try alice.mostRecent()?.id == a.id)
        // And Bob's is not found for her, with a message that says what to do
        #expect(throws: ConversationError.notFound(bobs.id)) { try alice.conversation(id: bobs.id) }
        #expect(throws: ConversationError.notFound(bobs.id)) {
            try alice.append(NewMessage(role: .user, content: "x"), to: bobs.id)
        }
        #expect(throws: ConversationError.notFound(bobs.id)) { try alice.newestMessages(in: bobs.id, limit: 5) }
        #expect(ConversationError.notFound(42).description == "No conversation 42. Run 'chattui conversations' to list them.")
        withExtendedLifetime(folder) {}
    }

    @Test func pagesBeforeAndAfterAMessage() throws {
        // Given a conversation of 10 messages
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "0"))
        try conversations.append(
            contentsOf: (1..<10).map { NewMessage(role: $0.isMultiple(of: 2) ? .user : .assistant, content: "\($0)") },
            to: conversation.id)
        let id = conversation.id
        // Then pages come oldest first from either end
        let newest = try conversations.newestMessages(in: id, limit: 3)
        #expect(newest.map(\.content) == ["7", "8", "9"])
        let older = try conversations.messages(in: id, before: newest[0].id, limit: 3)
        #expect(older.map(\.content) == ["4", "5", "6"])
        #expect(try conversations.messages(in: id, before: older[0].id, limit: 10).map(\.content) == ["0", "1", "2", "3"])
        #expect(try conversations.messages(in: id, after: nil, limit: 4).map(\.content) == ["0", "1", "2", "3"])
        #expect(try conversations.messages(in: id, after: older[2].id, limit: 4).map(\.content) == ["7", "8", "9"])
        #expect(try conversations.conversation(id: id).messageCount == 10)
        withExtendedLifetime(folder) {}
    }

    @Test func appendStepStoresTheStepAndItsTaskEffectsTogether() throws {
        // Given a conversation
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "add milk"))
        let call = StoredToolCall(id: "c1", name: "add_task", arguments: "{\"title\":\"Milk\"}")
        // When a step adds a task and answers the call
        let stored = try conversations.appendStep(
            to: conversation.id, assistant: NewMessage(role: .assistant, content: "", toolCalls: [call])
        ) { editor in
            let task = try editor.add(TaskDraft(title: "Milk"))
            return [NewMessage(role: .tool, content: "{\"task_id\": \(task.id)}", toolCallID: "c1")]
        }
        // Then both messages and the task are stored, the change journaled as the agent's
        #expect(stored.map(\.role) == [.assistant, .tool])
        #expect(stored[1].toolCallID == "c1")
        #expect(try conversations.conversation(id: conversation.id).messageCount == 3)
        let tasks = TaskService.make(database)
        #expect(try tasks.list(TaskQuery()).tasks.map(\.title) == ["Milk"])
        withExtendedLifetime(folder) {}
    }

    @Test func aFailedStepStoresNothing() throws {
        // Given a conversation and a task
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "Keep"))
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "hi"))
        let before = try conversations.conversation(id: conversation.id)
        // When the tools closure changes tasks and then throws
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try conversations.appendStep(to: conversation.id, assistant: NewMessage(role: .assistant, content: "x")) { editor in
                _ = try editor.complete(id: task.id)
                _ = try editor.add(TaskDraft(title: "Lost"))
                throw Boom()
            }
        }
        // Then no message, no counter and no task change was stored
        #expect(try conversations.conversation(id: conversation.id) == before)
        #expect(try conversations.newestMessages(in: conversation.id, limit: 10).count == 1)
        #expect(try tasks.list(TaskQuery()).tasks == [task])
        #expect(try tasks.undoLastChange()?.action == .add)
        withExtendedLifetime(folder) {}
    }

    @Test func asyncVariantsMatchTheBlockingOnes() async throws {
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        let (conversation, first) = try await conversations.startConversation(with: NewMessage(role: .user, content: "hi"))
        let reply = try await conversations.append(NewMessage(role: .assistant, content: "hello"), to: conversation.id)
        let step = try await conversations.appendStep(
            to: conversation.id, assistant: NewMessage(role: .assistant, content: "done")
        ) { _ in [] }
        #expect(try await conversations.newestMessages(in: conversation.id, limit: 2) == [reply] + step)
        #expect(try await conversations.messages(in: conversation.id, before: reply.id, limit: 5) == [first])
        withExtendedLifetime(folder) {}
    }
}
