import Foundation
import GRDB
import Testing
@testable import Persistence

/// A message is stored exactly as sent: SQLite holds every byte, and reads return them all.
struct MessageTextTests {
    @Test(arguments: ["buy\u{0}milk", "\u{0}\u{0}\u{0}", "", "tail NUL\u{0}", "\u{1B}[2J\u{202E}émoji 🧪\u{0}end"])
    func contentRoundTripsByteForByte(content: String) throws {
        // Given a conversation started with a message holding NULs or other controls
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService(database: database, user: UserID("alice"), clock: fixedClock())
        let (conversation, stored) = try conversations.startConversation(with: NewMessage(role: .user, content: "first"))
        let reply = try conversations.append(NewMessage(role: .assistant, content: content), to: conversation.id)
        // When the messages are read back, newest page, older page or after a message
        let newest = try conversations.newestMessages(in: conversation.id, limit: 10)
        let older = try conversations.messages(in: conversation.id, before: reply.id, limit: 10)
        let after = try conversations.messages(in: conversation.id, after: stored.id, limit: 10)
        // Then every byte is there, and SQLite holds it as TEXT of the full length
        #expect(reply.content == content)
        #expect(newest.map(\.content) == ["first", content])
        #expect(older.map(\.content) == ["first"])
        #expect(after.map(\.content) == [content])
        let row = try database.pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT typeof(content) AS type, length(CAST(content AS BLOB)) AS bytes FROM messages WHERE id = ?",
                arguments: [reply.id])
        }
        #expect(row?["type"] == "text")
        #expect(row?["bytes"] == content.utf8.count)
        withExtendedLifetime(folder) {}
    }

    @Test func aConversationTitleLeavesControlsOut() throws {
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService(database: database, user: UserID("alice"), clock: fixedClock())
        let (conversation, message) = try conversations.startConversation(
            with: NewMessage(role: .user, content: "buy\u{0}milk\u{1B}]0;x\u{7}"))
        #expect(conversation.title == "buymilk]0;x")
        #expect(message.content == "buy\u{0}milk\u{1B}]0;x\u{7}")
        let (untitled, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "\u{0}\u{0}"))
        #expect(untitled.title == "New conversation")
        withExtendedLifetime(folder) {}
    }
}
