import Foundation
import Testing
@testable import Persistence

struct SearchServiceTests {
    /// Alice's conversation about bills and her tasks; Bob's message and task with the same
    /// words; and a deleted conversation and task of Alice's that say them too.
    private func makeFixture() throws -> (SearchService, TestFolder) {
        let (database, folder) = try makeTestDatabase()
        let clock = ManualClock()
        let alice = ConversationService(database: database, user: UserID("alice"), clock: clock.clock)
        let (bills, _) = try alice.startConversation(
            with: NewMessage(role: .user, content: "Remind me to pay the Electricity bill on Friday, please"))
        clock.advance(by: 60)
        _ = try alice.append(NewMessage(role: .assistant, content: "Added: pay the electricity bill."), to: bills.id)
        clock.advance(by: 60)
        let tasks = TaskService.make(database, clock: clock.clock)
        _ = try tasks.add(TaskDraft(title: "Pay bill", description: "the ELECTRICITY one"))
        let gone = try tasks.add(TaskDraft(title: "Old electricity task"))
        _ = try tasks.delete(id: gone.id)
        let (deleted, _) = try alice.startConversation(with: NewMessage(role: .user, content: "electricity again"))
        _ = try alice.delete(deleted.id, purgingBefore: .distantPast)
        let bob = ConversationService(database: database, user: UserID("bob"), clock: clock.clock)
        _ = try bob.startConversation(with: NewMessage(role: .user, content: "Bob's electricity"))
        _ = try TaskService.make(database, user: "bob", clock: clock.clock).add(TaskDraft(title: "Bob's electricity"))
        return (SearchService(database: database, user: UserID("alice")), folder)
    }

    private func search(_ service: SearchService, _ text: String, limit: Int = 10) throws -> SearchResults {
        try service.search(try #require(SearchText(text)), limit: limit)
    }

    @Test func findsMessagesAndTasksNewestFirstWithTheMatchMarked() throws {
        let (service, folder) = try makeFixture()
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
        withExtendedLifetime(folder) {}
    }

    @Test func aLongMessageIsCutAroundTheMatch() throws {
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService(database: database, user: UserID("alice"), clock: fixedClock())
        let filler = String(repeating: "lorem ipsum ", count: 40)
        _ = try conversations.startConversation(with: NewMessage(role: .user, content: filler + "needle" + filler))
        let found = try SearchService(database: database, user: UserID("alice")).search(try #require(SearchText("NEEDLE")), limit: 5)
        let snippet = try #require(found.matches.first?.snippet)
        #expect(snippet.parts.filter(\.isMatch).map(\.text) == ["needle"])
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
        #expect(snippet.text.count <= SearchService.snippetLength + 4)
        withExtendedLifetime(folder) {}
    }

    @Test func limitKeepsTheNewestAndSaysMoreExist() throws {
        let (service, folder) = try makeFixture()
        let found = try search(service, "electricity", limit: 2)
        #expect(found.matches.count == 2)
        #expect(found.truncated)
        #expect(found.matches.first?.source == .task(id: 1, completed: false))
        withExtendedLifetime(folder) {}
    }

    @Test func anotherUsersAndDeletedRowsNeverMatch() throws {
        let (service, folder) = try makeFixture()
        #expect(try search(service, "Bob's").matches.isEmpty)
        #expect(try search(service, "again").matches.isEmpty)
        #expect(try search(service, "Old electricity").matches.isEmpty)
        let bob = SearchService(database: service.database, user: UserID("bob"))
        #expect(try search(bob, "electricity").matches.map(\.title) == ["Bob's electricity", "Bob's electricity"])
        withExtendedLifetime(folder) {}
    }

    @Test func textTooShortForTheIndexIsRefused() throws {
        let (service, folder) = try makeFixture()
        #expect(throws: SearchError.tooShort("el")) { try search(service, " el ") }
        #expect(SearchText("  \n") == nil)
        withExtendedLifetime(folder) {}
    }

    /// FTS5 query syntax in what a person types is only text to find.
    @Test(arguments: [
        "\"", "\"\"", "\"unbalanced", "a*", "*", "NEAR(pay bill)", "-bill", "bill -x", "pay OR x", "pay AND",
        "NOT pay", "(pay", "pay)", "((", "^pay", "title:pay", "{title}: x", "pay + bill", "'; DROP TABLE tasks; --",
        "%_\\",
    ])
    func hostileTextIsTakenLiterally(_ text: String) throws {
        // Given one task and one message holding the text, among others that hold its words
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        _ = try tasks.add(TaskDraft(title: "pay bill title NEAR AND OR NOT"))
        let holder = try tasks.add(TaskDraft(title: "x", description: "before [\(text)] after"))
        let conversations = ConversationService(database: database, user: UserID("alice"), clock: fixedClock())
        _ = try conversations.startConversation(with: NewMessage(role: .user, content: "pay bill NEAR title"))
        let (conversation, message) = try conversations.startConversation(
            with: NewMessage(role: .user, content: "before [\(text)] after"))
        let query = "[\(text)]"
        // When it is searched for, by the task filter and by search
        let listed = try tasks.list(TaskQuery(search: query)).tasks.map(\.id)
        let found = try SearchService(database: database, user: UserID("alice"))
            .search(try #require(SearchText(query)), limit: 10).matches.map(\.source)
        // Then exactly the rows holding it match, and nothing fails
        #expect(listed == [holder.id])
        #expect(found.contains(.message(conversationID: conversation.id, messageID: message.id, role: .user)))
        #expect(found.count == 2)
        #expect(try tasks.list(TaskQuery(search: text)).count <= 2)
        withExtendedLifetime(folder) {}
    }

    /// SQLite reads query text up to a NUL; dropping it keeps a quoted string closed.
    @Test func aNulInTheTextIsDropped() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "pay bill"))
        _ = try tasks.add(TaskDraft(title: "pay"))
        #expect(try tasks.list(TaskQuery(search: "pay\u{0} bill")).tasks.map(\.id) == [task.id])
        #expect(SearchText("\u{0}") == nil)
        let found = try SearchService(database: database, user: UserID("alice"))
            .search(try #require(SearchText("\"pay\u{0}")), limit: 5)
        #expect(found.matches.isEmpty)
        withExtendedLifetime(folder) {}
    }
}
