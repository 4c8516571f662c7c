import Foundation
import Testing
@testable import Persistence

/// The search screen's pages: every match counted, and any stretch of the newest-first
/// listing read, from the newer end or the older one, the same as the full listing.
struct SearchServicePagesTests {
    /// Alice's 150 messages and 100 tasks holding "bill", created in turn a minute apart
    /// (every third a task), plus Bob's bill, which is never hers.
    private func makeFixture(_ backend: TestBackend) throws -> (SearchService, AnyObject) {
        let (database, user, lifetime) = try backend.makeDatabase()
        let clock = ManualClock()
        let conversations = ConversationService(database: database, user: user, clock: clock.clock)
        let tasks = TaskService.make(database, user: user.rawValue, clock: clock.clock)
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "bill 0"))
        var messages = 1
        var added = 0
        while messages < 150 || added < 100 {
            clock.advance(by: 60)
            if added < 100, (messages + added).isMultiple(of: 3) || messages == 150 {
                added += 1
                _ = try tasks.add(TaskDraft(title: "task bill \(added)"))
            } else {
                _ = try conversations.append(NewMessage(role: .assistant, content: "bill \(messages)"), to: conversation.id)
                messages += 1
            }
        }
        let bob = try backend.otherPerson(lifetime)
        _ = try TaskService.make(bob.database, user: bob.user.rawValue, clock: clock.clock).add(TaskDraft(title: "Bob's bill"))
        return (SearchService(database: database, user: user), lifetime)
    }

    @Test(arguments: TestBackend.available)
    func everyMatchOfTheUserIsCounted(backend: TestBackend) throws {
        let (service, lifetime) = try makeFixture(backend)
        #expect(try service.count(try #require(SearchText("BILL"))) == 250)
        #expect(try service.count(try #require(SearchText("nowhere"))) == 0)
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func pagesWalkedFromTheNewestGiveTheWholeListing(backend: TestBackend) throws {
        let (service, lifetime) = try makeFixture(backend)
        let text = try #require(SearchText("bill"))
        let listing = try service.search(text, limit: 1_000).matches

        var walked: [SearchMatch] = []
        for offset in stride(from: 0, to: 250, by: 40) {
            walked += try service.matches(text, offset: offset, limit: 40, total: 250)
        }

        #expect(listing.count == 250)
        #expect(walked == listing)
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func aPageNearTheOldestIsReadFromThatEnd(backend: TestBackend) throws {
        let (service, lifetime) = try makeFixture(backend)
        let text = try #require(SearchText("bill"))
        let listing = try service.search(text, limit: 1_000).matches

        let last = try service.matches(text, offset: 200, limit: 50, total: 250)
        let middle = try service.matches(text, offset: 130, limit: 30, total: 250)

        #expect(last == Array(listing[200..<250]))
        #expect(last.last?.snippet.text == "bill 0")
        #expect(middle == Array(listing[130..<160]))
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func aStaleCountGivesWhatThereIsInsteadOfFailing(backend: TestBackend) throws {
        let (service, lifetime) = try makeFixture(backend)
        let text = try #require(SearchText("bill"))
        #expect(try service.matches(text, offset: 240, limit: 50, total: 300).count <= 50)
        #expect(try service.matches(text, offset: 0, limit: 50, total: 20).count == 20)
        #expect(try service.matches(text, offset: 400, limit: 50, total: 250).isEmpty)
        withExtendedLifetime(lifetime) {}
    }
}
