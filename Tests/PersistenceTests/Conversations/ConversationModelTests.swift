import Foundation
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
}
