import Foundation
import Testing
@testable import Persistence

extension ConversationService {
    static func make(_ database: AppDatabase, user: String = "alice", clock: TaskClock = fixedClock()) -> ConversationService {
        ConversationService(database: database, user: UserID(user), clock: clock)
    }
}

/// SQLite's side only: titles, estimates and users told apart by `CHATTUI_USER`; the
/// contract both backends share is `ConversationBackendTests`.
struct ConversationServiceTests {
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
}
