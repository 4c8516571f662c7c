import Foundation
import GRDB
import Testing
@testable import Persistence

struct LargeConversationTests {
    @Test func pagesOfAHundredThousandMessagesWalkTheIndex() throws {
        // Given a conversation of 100,000 messages and a small one written after it
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        let (big, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "message 0"))
        try conversations.append(
            contentsOf: (1..<100_000).lazy.map { NewMessage(role: $0.isMultiple(of: 2) ? .user : .assistant, content: "message \($0)") },
            to: big.id)
        let (small, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "other"))
        _ = try conversations.append(NewMessage(role: .assistant, content: "other reply"), to: small.id)

        // When the newest 50 and the page before them are loaded
        let newest = try conversations.newestMessages(in: big.id, limit: 50)
        let older = try conversations.messages(in: big.id, before: newest[0].id, limit: 50)

        // Then they are the right ones, oldest first, and the counters were kept
        #expect(newest.map(\.content) == (99_950..<100_000).map { "message \($0)" })
        #expect(older.map(\.content) == (99_900..<99_950).map { "message \($0)" })
        #expect(try conversations.conversation(id: big.id).messageCount == 100_000)

        // And each query searches the (conversation_id, id) index, with no scan or sort
        let plans = try database.pool.read { db in
            [
                try plan(MessageRecord.newestSQL, [big.id, 50], db),
                try plan(MessageRecord.beforeSQL, [big.id, newest[0].id, 50], db),
                try plan(MessageRecord.afterSQL, [big.id, older[0].id, 50], db),
            ]
        }
        for plan in plans {
            #expect(plan.contains("SEARCH messages USING INDEX messages_on_conversation_id_id"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
            #expect(!plan.contains("SCAN"), "\(plan)")
        }
        withExtendedLifetime(folder) {}
    }

    private func plan(_ sql: String, _ arguments: StatementArguments, _ db: Database) throws -> String {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
            .map { $0["detail"] as String }
            .joined(separator: "; ")
    }
}
