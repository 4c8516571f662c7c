import Foundation
import Testing
@testable import Persistence

struct DraftTests {
    @Test func aDraftIsKeptPerConversationAndForTheOneNotStartedYet() throws {
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        let (first, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "hi"))
        let (second, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "hello"))

        try conversations.saveDraft("half a thought about the rent", for: first.id)
        try conversations.saveDraft("line one\n\tline two 日本語 👍🏽 nul\u{0}after", for: second.id)
        try conversations.saveDraft("a new one", for: nil)

        #expect(try conversations.draft(for: first.id) == "half a thought about the rent")
        #expect(try conversations.draft(for: second.id) == "line one\n\tline two 日本語 👍🏽 nul\u{0}after")
        #expect(try conversations.draft(for: nil) == "a new one")
        withExtendedLifetime(folder) {}
    }

    @Test func savingAgainReplacesAndSavingNothingRemoves() throws {
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService.make(database)
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "hi"))

        try conversations.saveDraft("first", for: conversation.id)
        try conversations.saveDraft("first, then more", for: conversation.id)
        #expect(try conversations.draft(for: conversation.id) == "first, then more")

        try conversations.saveDraft("", for: conversation.id)
        #expect(try conversations.draft(for: conversation.id) == nil)
        withExtendedLifetime(folder) {}
    }

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
