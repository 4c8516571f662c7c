import Foundation
import GRDB
import Testing
@testable import Persistence

/// A conversation's own model: the one its newest reply was stored under.
struct ConversationModelTests {
    @Test func theNewestReplyThatNamesAModelDecides() throws {
        // Given a conversation answered by one model, then another, then a user message
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "hi"))
        #expect(try conversations.model(of: conversation.id) == nil)
        _ = try conversations.append(NewMessage(role: .assistant, content: "a", model: "gpt-4o-mini"), to: conversation.id)
        _ = try conversations.append(NewMessage(role: .user, content: "b"), to: conversation.id)
        _ = try conversations.append(NewMessage(role: .assistant, content: "c", model: "llama3"), to: conversation.id)
        _ = try conversations.append(NewMessage(role: .user, content: "d"), to: conversation.id)
        // Then the newest reply's model is the conversation's
        #expect(try conversations.model(of: conversation.id) == "llama3")
        withExtendedLifetime(folder) {}
    }

    @Test func anotherUsersConversationIsNotFound() throws {
        let (database, folder) = try makeTestDatabase()
        let (conversation, _) = try ConversationService.make(database, user: "bob")
            .startConversation(with: NewMessage(role: .user, content: "hi"))
        #expect(throws: ConversationError.notFound(conversation.id)) {
            try ConversationService.make(database).model(of: conversation.id)
        }
        withExtendedLifetime(folder) {}
    }

    @Test func aHistoryWithoutAModelIsNotReadToTheStart() throws {
        // Given a conversation of 2,000 messages whose replies name no model (seeded or imported)
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "0"))
        try conversations.append(
            contentsOf: (1..<2_000).lazy.map { NewMessage(role: $0.isMultiple(of: 2) ? .user : .assistant, content: "\($0)") },
            to: conversation.id)
        // When its model is asked for
        #expect(try conversations.model(of: conversation.id) == nil)
        // Then SQLite looks it up among the replies that name one, not by walking every message
        let plan = try database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + MessageRecord.modelSQL, arguments: [conversation.id])
                .map { $0["detail"] as String }.joined(separator: "; ")
        }
        #expect(plan == "SEARCH messages USING INDEX messages_with_model (conversation_id=?)", "\(plan)")
        withExtendedLifetime(folder) {}
    }
}
