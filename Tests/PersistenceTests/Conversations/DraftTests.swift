import Foundation
import Testing
@testable import Persistence

/// Drafts of users told apart by `CHATTUI_USER` on one SQLite file; what both backends share
/// is in `ConversationBackendTests`.
struct DraftTests {
    @Test func anotherUsersDraftAndADeletedConversationsDraftAreNotOffered() throws {
        let (database, folder) = try makeTestDatabase()
        let mine = ConversationService.make(database)
        let theirs = ConversationService.make(database, user: "someone-else")
        let (conversation, _) = try mine.startConversation(with: NewMessage(role: .user, content: "hi"))

        try mine.saveDraft("mine", for: conversation.id)
        try theirs.saveDraft("theirs, not started", for: nil)
        #expect(try theirs.draft(for: conversation.id) == nil)
        #expect(try mine.draft(for: nil) == nil)

        _ = try mine.delete(conversation.id, purgingBefore: .distantPast)
        #expect(try mine.draft(for: conversation.id) == nil)
        _ = try mine.restore(conversation.id)
        #expect(try mine.draft(for: conversation.id) == "mine")
        withExtendedLifetime(folder) {}
    }
}
