import Foundation
import Testing
@testable import Persistence

struct SearchServiceTests {
    /// Alice's conversation about bills and her tasks; Bob's message and task with the same
    /// words; and a deleted conversation and task of Alice's that say them too.
    private func makeFixture(_ backend: TestBackend) throws -> (SearchService, AnyObject, bob: SearchService) {
        let (database, user, lifetime) = try backend.makeDatabase()
        let clock = ManualClock()
        let alice = ConversationService(database: database, user: user, clock: clock.clock)
        let (bills, _) = try alice.startConversation(
            with: NewMessage(role: .user, content: "Remind me to pay the Electricity bill on Friday, please"))
        clock.advance(by: 60)
        _ = try alice.append(NewMessage(role: .assistant, content: "Added: pay the electricity bill."), to: bills.id)
        clock.advance(by: 60)
        let tasks = TaskService.make(database, user: user.rawValue, clock: clock.clock)
        _ = try tasks.add(TaskDraft(title: "Pay bill", description: "the ELECTRICITY one"))
        let gone = try tasks.add(TaskDraft(title: "Old electricity task"))
        _ = try tasks.delete(id: gone.id)
        let (deleted, _) = try alice.startConversation(with: NewMessage(role: .user, content: "electricity again"))
        _ = try alice.delete(deleted.id, purgingBefore: .distantPast)
        let other = try backend.otherPerson(lifetime)
        let bob = ConversationService(database: other.database, user: other.user, clock: clock.clock)
        _ = try bob.startConversation(with: NewMessage(role: .user, content: "Bob's electricity"))
        _ = try TaskService.make(other.database, user: other.user.rawValue, clock: clock.clock)
            .add(TaskDraft(title: "Bob's electricity"))
        return (SearchService(database: database, user: user), lifetime, SearchService(database: other.database, user: other.user))
    }

    private func search(_ service: SearchService, _ text: String, limit: Int = 10) throws -> SearchResults {
        try service.search(try #require(SearchText(text)), limit: limit)
    }

    @Test(arguments: TestBackend.available)
    func findsMessagesAndTasksNewestFirstWithTheMatchMarked(backend: TestBackend) throws {
        let (service, lifetime, _) = try makeFixture(backend)
        let found = try search(service, "electricity")
        #expect(found.matches.map(\.source) == [
            .task(id: 1, completed: false),
            .message(conversationID: 1, messageID: 2, role: .assistant),
            .message(conversationID: 1, messageID: 1, role: .user),
        ])
        #expect(found.truncated == false)
        // The snippet keeps the stored case and marks exactly the matched characters
        let first = try #require(found.matches.last?.snippet)
        #expect(first.parts.filter(\.isMatch).map(\.text) == ["Electricity"])
        #expect(first.text == "Remind me to pay the Electricity bill on Friday, please")
        #expect(found.matches[0].snippet.parts.filter(\.isMatch).map(\.text) == ["ELECTRICITY"])
        #expect(found.matches[0].title == "Pay bill")
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func aLongMessageIsCutAroundTheMatch(backend: TestBackend) throws {
        let (database, user, lifetime) = try backend.makeDatabase()
        let conversations = ConversationService(database: database, user: user, clock: fixedClock())
        let filler = String(repeating: "lorem ipsum ", count: 40)
        _ = try conversations.startConversation(with: NewMessage(role: .user, content: filler + "needle " + filler))
        let found = try SearchService(database: database, user: user).search(try #require(SearchText("NEEDLE")), limit: 5)
        let snippet = try #require(found.matches.first?.snippet)
        #expect(snippet.parts.filter(\.isMatch).map(\.text) == ["needle"])
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
        #expect(snippet.text.count <= SearchService.snippetLength + 4)
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func limitKeepsTheNewestAndSaysMoreExist(backend: TestBackend) throws {
        let (service, lifetime, _) = try makeFixture(backend)
        let found = try search(service, "electricity", limit: 2)
        #expect(found.matches.count == 2)
        #expect(found.truncated)
        #expect(found.matches.first?.source == .task(id: 1, completed: false))
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func anotherUsersAndDeletedRowsNeverMatch(backend: TestBackend) throws {
        let (service, lifetime, bob) = try makeFixture(backend)
        #expect(try search(service, "Bob's").matches.isEmpty)
        #expect(try search(service, "again").matches.isEmpty)
        #expect(try search(service, "Old electricity").matches.isEmpty)
        #expect(try search(bob, "electricity").matches.map(\.title) == ["Bob's electricity", "Bob's electricity"])
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func textTooShortForTheIndexIsRefused(backend: TestBackend) throws {
        let (service, lifetime, _) = try makeFixture(backend)
        #expect(throws: SearchError.tooShort("el")) { try search(service, " el ") }
        #expect(SearchText("  \n") == nil)
        withExtendedLifetime(lifetime) {}
    }

    /// The one difference docs/postgres.md names: PostgreSQL's word index finds text at the
    /// start of a word (and a phrase whose last word is cut short), never inside one.
    @Test(arguments: TestBackend.available)
    func textInsideAWordIsFoundOnSQLiteOnly(backend: TestBackend) throws {
        let (service, lifetime, _) = try makeFixture(backend)
        #expect(try search(service, "ELECTR").matches.count == 3)
        #expect(try search(service, "electricity bi").matches.count == 2)
        #expect(try search(service, "lectricity").matches.count == (backend == .sqlite ? 3 : 0))
        withExtendedLifetime(lifetime) {}
    }

    /// FTS5 query syntax in what a person types is only text to find.
    @Test(arguments: TestBackend.available, [
        "\"", "\"\"", "\"unbalanced", "a*", "*", "NEAR(pay bill)", "-bill", "bill -x", "pay OR x", "pay AND",
        "NOT pay", "(pay", "pay)", "((", "^pay", "title:pay", "{title}: x", "pay + bill", "'; DROP TABLE tasks; --",
        "%_\\",
    ])
    func hostileTextIsTakenLiterally(backend: TestBackend, _ text: String) throws {
        // Given one task and one message holding the text, among others that hold its words
        let (database, user, lifetime) = try backend.makeDatabase()
        let tasks = TaskService.make(database, user: user.rawValue)
        _ = try tasks.add(TaskDraft(title: "pay bill title NEAR AND OR NOT"))
        let holder = try tasks.add(TaskDraft(title: "x", description: "before [\(text)] after"))
        let conversations = ConversationService(database: database, user: user, clock: fixedClock())
        _ = try conversations.startConversation(with: NewMessage(role: .user, content: "pay bill NEAR title"))
        let (conversation, message) = try conversations.startConversation(
            with: NewMessage(role: .user, content: "before [\(text)] after"))
        let query = "[\(text)]"
        // When it is searched for, by the task filter and by search
        let listed = try tasks.list(TaskQuery(search: query)).tasks.map(\.id)
        let found = try SearchService(database: database, user: user)
            .search(try #require(SearchText(query)), limit: 10).matches.map(\.source)
        // Then exactly the rows holding it match, and nothing fails
        #expect(listed == [holder.id])
        #expect(found.contains(.message(conversationID: conversation.id, messageID: message.id, role: .user)))
        #expect(found.count == 2)
        #expect(try tasks.list(TaskQuery(search: text)).count <= 2)
        withExtendedLifetime(lifetime) {}
    }

    /// SQLite reads query text up to a NUL; dropping it keeps a quoted string closed.
    @Test(arguments: TestBackend.available)
    func aNulInTheTextIsDropped(backend: TestBackend) throws {
        let (database, user, lifetime) = try backend.makeDatabase()
        let tasks = TaskService.make(database, user: user.rawValue)
        let task = try tasks.add(TaskDraft(title: "pay bill"))
        _ = try tasks.add(TaskDraft(title: "pay"))
        #expect(try tasks.list(TaskQuery(search: "pay\u{0} bill")).tasks.map(\.id) == [task.id])
        #expect(SearchText("\u{0}") == nil)
        let found = try SearchService(database: database, user: user)
            .search(try #require(SearchText("\"pay\u{0}")), limit: 5)
        #expect(found.matches.isEmpty)
        withExtendedLifetime(lifetime) {}
    }
}

/// PostgreSQL's own migration: what a database held before search came is found after it.
struct PostgresSearchMigrationTests {
    @Test(.enabled(if: PostgresTestCluster.shouldRun, PostgresTestCluster.skipNote))
    func messagesAndTasksStoredBeforeTheMigrationAreFound() throws {
        // Given a database whose rows were written before `postgres-search-vectors` ran
        let holder = try PostgresTestDatabase()
        let database = try holder.open()
        let user = UserID(try #require(holder.url.user))
        _ = try ConversationService(database: database, user: user, clock: fixedClock())
            .startConversation(with: NewMessage(role: .user, content: "the electricity bill"))
        _ = try TaskService.make(database, user: user.rawValue).add(TaskDraft(title: "Pay electricity"))
        guard case .postgres(let session) = database.backend else { throw PostgresBackendError.notYetSupported("x") }
        for statement in [
            "ALTER TABLE messages DROP COLUMN search_vector", "ALTER TABLE tasks DROP COLUMN search_vector",
            // The journal's policies allow no DELETE: lifted for the owner for a moment.
            "ALTER TABLE chattui_migrations NO FORCE ROW LEVEL SECURITY",
            "DELETE FROM chattui_migrations WHERE name = 'postgres-search-vectors'",
            "ALTER TABLE chattui_migrations FORCE ROW LEVEL SECURITY",
        ] {
            try session.run(statement)
        }
        // When chattui opens it again and migrates
        let reopened = try holder.open()
        // Then both rows are in the index
        let found = try SearchService(database: reopened, user: user).search(try #require(SearchText("electric")), limit: 5)
        #expect(found.matches.map(\.title) == ["the electricity bill", "Pay electricity"])
        withExtendedLifetime(holder) {}
    }
}
