import Foundation
import GRDB
import Testing
@testable import Persistence

/// The picker's side of conversations: keyset windows newest first, a title or content filter, and
/// rename, delete (hidden until restored) and restore, on every backend.
struct ConversationPickerTests {
    /// 30 conversations, one a minute, titled "Topic 1"…"Topic 30"; every third about bills.
    private func makeConversations(_ backend: TestBackend) throws -> (ConversationService, ManualClock, AnyObject) {
        let (database, _, folder) = try backend.makeDatabase()
        let time = ManualClock()
        let conversations = ConversationService.make(database, clock: time.clock)
        for index in 1...30 {
            let title = index % 3 == 0 ? "Bills \(index)" : "Topic \(index)"
            _ = try conversations.startConversation(with: NewMessage(role: .user, content: title))
            time.advance(by: 60)
        }
        return (conversations, time, folder)
    }

    @Test(arguments: TestBackend.available)
    func windowsWalkTheListNewestFirstWithTheTrueCount(backend: TestBackend) throws {
        let (conversations, _, folder) = try makeConversations(backend)
        let expected = try conversations.list(limit: nil).map(\.id)

        let first = try conversations.window(matching: nil, around: .first, before: 0, after: 10)
        let last = try conversations.window(matching: nil, around: .last, before: 10, after: 0)
        let middle = try conversations.window(matching: nil, around: .item(first.items[7]), before: 3, after: 4)

        #expect(first.total == 30)
        #expect(first.items.map(\.id) == Array(expected.prefix(10)))
        #expect(last.offset == 20)
        #expect(last.items.map(\.id) == Array(expected.suffix(10)))
        #expect(middle.anchorIndex == 7)
        #expect(middle.items.map(\.id) == Array(expected[4..<11]))
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available)
    func aTitleFilterKeepsMatchingTitlesIgnoringCase(backend: TestBackend) throws {
        let (conversations, _, folder) = try makeConversations(backend)
        let window = try conversations.window(matching: "BILLS", around: .first, before: 0, after: 100)
        #expect(window.total == 10)
        #expect(window.items.first?.title == "Bills 30")
        #expect(try conversations.window(matching: "50%", around: .first, before: 0, after: 5).total == 0)
        withExtendedLifetime(folder) {}
    }

    /// Topic 4 and Bills 9 mention the plumber in their messages, Topic 16 is renamed after
    /// him; a tool result, a deleted conversation and Bob's conversation mention him too.
    private func makePlumberConversations(_ backend: TestBackend) throws -> (ConversationService, AnyObject) {
        let (conversations, time, folder) = try makeConversations(backend)
        _ = try conversations.append(NewMessage(role: .user, content: "The PLUMBER comes Tuesday"), to: 4)
        time.advance(by: 60)
        _ = try conversations.append(NewMessage(role: .assistant, content: "Booked the plumber."), to: 9)
        time.advance(by: 60)
        _ = try conversations.rename(16, to: "Plumber visit")
        _ = try conversations.append(
            NewMessage(role: .tool, content: "{\"title\": \"call the plumber\"}", toolCallID: "call_1"), to: 20)
        _ = try conversations.append(NewMessage(role: .user, content: "plumber again"), to: 25)
        _ = try conversations.delete(25, purgingBefore: .distantPast)
        let (bobsDatabase, bobsName) = try backend.otherPerson(folder)
        let bob = ConversationService(database: bobsDatabase, user: bobsName, clock: time.clock)
        _ = try bob.startConversation(with: NewMessage(role: .user, content: "Bob's plumber"))
        return (conversations, folder)
    }

    @Test(arguments: TestBackend.available)
    func aFilterAlsoKeepsConversationsWhoseMessagesHoldIt(backend: TestBackend) throws {
        let (conversations, folder) = try makePlumberConversations(backend)
        let window = try conversations.window(matching: "plumber", around: .first, before: 0, after: 10)
        // Newest first: Bills 9 and Topic 4 were written to last; Topic 16 only renamed.
        #expect(window.items.map(\.id) == [9, 4, 16])
        #expect(window.total == 3)
        #expect(window.items.map { ConversationService.title($0.title, holds: "plumber") } == [false, false, true])
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available)
    func aContentFilterPagesWithTheTrueCount(backend: TestBackend) throws {
        let (conversations, folder) = try makePlumberConversations(backend)
        let first = try conversations.window(matching: "plumber", around: .first, before: 0, after: 2)
        let last = try conversations.window(matching: "plumber", around: .last, before: 2, after: 0)
        let around = try conversations.window(matching: "plumber", around: .item(first.items[1]), before: 1, after: 1)
        #expect(first.items.map(\.id) == [9, 4])
        #expect(first.total == 3)
        #expect(last.items.map(\.id) == [4, 16])
        #expect(last.offset == 1)
        #expect(around.items.map(\.id) == [9, 4])
        #expect(around.anchorIndex == 1)
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available)
    func textTooShortForTheIndexFiltersTitlesOnly(backend: TestBackend) throws {
        let (conversations, folder) = try makePlumberConversations(backend)
        // "pl" is in Topic 4's and Bills 9's messages, but only Topic 16's title holds it.
        let window = try conversations.window(matching: "PL", around: .first, before: 0, after: 10)
        #expect(window.items.map(\.id) == [16])
        withExtendedLifetime(folder) {}
    }

    @Test func titleHoldsFoldsCaseAsTheQueryDoes() {
        #expect(ConversationService.title("Plumber Visit", holds: " VISIT "))
        #expect(ConversationService.title("anything", holds: ""))
        #expect(!ConversationService.title("Topic 4", holds: "plumber"))
    }

    @Test(arguments: TestBackend.available)
    func renameCleansTheTitle(backend: TestBackend) throws {
        let (conversations, _, folder) = try makeConversations(backend)
        let renamed = try conversations.rename(1, to: "  Groceries\u{1B}[31m\nand more")
        #expect(renamed.title == "Groceries[31m")
        #expect(try conversations.conversation(id: 1).title == "Groceries[31m")
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available)
    func aDeletedConversationIsHiddenUntilRestoredAndPurgedByALaterSession(backend: TestBackend) throws {
        let (conversations, time, folder) = try makeConversations(backend)
        let sessionStart = time.clock.now
        _ = try conversations.delete(5, purgingBefore: sessionStart)
        #expect(try conversations.window(matching: nil, around: .first, before: 0, after: 50).total == 29)
        #expect(throws: ConversationError.notFound(5)) { try conversations.conversation(id: 5) }

        _ = try conversations.restore(5)
        #expect(try conversations.conversation(id: 5).title == "Topic 5")

        // Deleted in this session, then a later session deletes another: the first is gone.
        _ = try conversations.delete(5, purgingBefore: sessionStart)
        time.advance(by: 3_600)
        _ = try conversations.delete(6, purgingBefore: time.clock.now)
        #expect(throws: ConversationError.notFound(5)) { try conversations.restore(5) }
        #expect(try conversations.restore(6).id == 6)
        if backend == .sqlite {
            let orphans = try conversations.database.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM messages WHERE conversation_id = 5")
            }
            #expect(orphans == 0)
        }
        withExtendedLifetime(folder) {}
    }

    @Test func aKeysetPageWalksTheUpdatedAtIndex() throws {
        let (conversations, _, folder) = try makeConversations(.sqlite)
        let plan = try conversations.database.pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    EXPLAIN QUERY PLAN SELECT * FROM conversations
                    WHERE user_id = 'alice' AND deleted_at IS NULL AND (updated_at, id) <= ('2025-03-14 10:10:00.000', 11)
                    ORDER BY updated_at DESC, id DESC LIMIT 50
                    """)
                .map { $0["detail"] as String }.joined(separator: "; ")
        }
        #expect(plan.contains("SEARCH conversations USING INDEX conversations_on_user_id_updated_at"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        withExtendedLifetime(folder) {}
    }
}
