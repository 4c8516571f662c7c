import Foundation
import GRDB
import Testing
@testable import Persistence

/// The FTS5 indexes stay in step with `tasks` and `messages` through every kind of write.
struct FullTextSchemaTests {
    private func indexedTaskIDs(_ database: AppDatabase, _ text: String) throws -> [Int64] {
        try database.pool.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT rowid FROM tasks_text WHERE tasks_text MATCH ? ORDER BY rowid",
                arguments: ["\"\(text)\""])
        }
    }

    private func indexedMessageIDs(_ database: AppDatabase, _ text: String) throws -> [Int64] {
        try database.pool.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT rowid FROM messages_text WHERE messages_text MATCH ? ORDER BY rowid",
                arguments: ["\"\(text)\""])
        }
    }

    @Test func taskEditsDeletionsAndUndoKeepTheIndexInStep() throws {
        // Given a task
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "Pay the electricity bill", description: "before Friday"))
        #expect(try indexedTaskIDs(database, "electricity") == [task.id])
        #expect(try indexedTaskIDs(database, "friday") == [task.id])

        // When its title and description change, the index holds the new text only
        _ = try tasks.update(id: task.id, TaskPatch(title: .set("Pay the gas bill"), description: .set("by Monday")))
        #expect(try indexedTaskIDs(database, "electricity") == [])
        #expect(try indexedTaskIDs(database, "friday") == [])
        #expect(try indexedTaskIDs(database, "gas bill") == [task.id])
        #expect(try indexedTaskIDs(database, "monday") == [task.id])

        // When the edit is undone, the old text is back
        _ = try tasks.undoLastChange()
        #expect(try indexedTaskIDs(database, "electricity") == [task.id])
        #expect(try indexedTaskIDs(database, "gas bill") == [])

        // When the add itself is undone (the row is removed), nothing of it is left
        _ = try tasks.undoLastChange()
        #expect(try indexedTaskIDs(database, "electricity") == [])
        #expect(try indexedTaskIDs(database, "bill") == [])
        withExtendedLifetime(folder) {}
    }

    @Test func purgedConversationsLeaveTheMessageIndex() throws {
        // Given a conversation with a user message, a tool result and an assistant reply
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService(database: database, user: UserID("alice"), clock: fixedClock())
        let (conversation, first) = try conversations.startConversation(
            with: NewMessage(role: .user, content: "Remind me about the dentist"))
        let tool = try conversations.append(
            NewMessage(role: .tool, content: "{\"title\": \"dentist\"}", toolCallID: "call_1"), to: conversation.id)
        let reply = try conversations.append(NewMessage(role: .assistant, content: "Dentist added."), to: conversation.id)
        // Then user and assistant messages are indexed, the tool's JSON is not
        #expect(try indexedMessageIDs(database, "dentist") == [first.id, reply.id])
        #expect(!(try indexedMessageIDs(database, "dentist")).contains(tool.id))

        // When the conversation is deleted and purged by a later session's delete
        _ = try conversations.delete(conversation.id, purgingBefore: instant("2025-03-14T09:00:00Z"))
        let (other, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "hello"))
        _ = try conversations.delete(other.id, purgingBefore: instant("2025-03-15T00:00:00Z"))
        // Then its messages are gone from the index with their rows
        #expect(try indexedMessageIDs(database, "dentist") == [])
        withExtendedLifetime(folder) {}
    }

    @Test func theMigrationIndexesADatabaseOfThePreviousSchema() throws {
        // Given a file migrated up to the schema before full-text search, with a task and messages
        let folder = try TestFolder()
        do {
            let pool = try DatabasePool(path: folder.databasePath)
            try Schema.migrator.migrate(pool, upTo: "tasks-by-title")
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO conversations (id, user_id, title, created_at, updated_at, message_count)
                      VALUES (1, 'alice', 'Bills', '2025-03-01 10:00:00', '2025-03-01 10:00:00', 2);
                    INSERT INTO messages (conversation_id, role, content, token_estimate, created_at)
                      VALUES (1, 'user', 'When is the Électricité bill due?', 10, '2025-03-01 10:00:00'),
                             (1, 'tool', 'électricité', 5, '2025-03-01 10:00:01');
                    INSERT INTO tasks (user_id, title, description, created_at, updated_at)
                      VALUES ('alice', 'Pay électricité', 'online', '2025-03-01 10:00:00', '2025-03-01 10:00:00');
                    """)
            }
            try pool.close()
        }
        // When chattui opens it
        let database = try AppDatabase.open(path: folder.databasePath)
        // Then the migration is recorded and the old rows are found through the index
        #expect(try DatabaseProbe.inspect(path: folder.databasePath) == .chattui(applied: Set(Schema.migrator.migrations)))
        #expect(try indexedTaskIDs(database, "ÉLECTRICITÉ") == [1])
        #expect(try indexedMessageIDs(database, "électricité") == [1])
        let found = try SearchService(database: database, user: UserID("alice"))
            .search(try #require(SearchText("lectricit")), limit: 10)
        #expect(found.matches.map(\.title) == ["Bills", "Pay électricité"])
    }
}
