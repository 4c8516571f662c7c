import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The runtime against a real database file and the offline engine, driven as the loop
/// drives it (``HeadlessLoop``): what a person sees when a turn runs, when the database
/// refuses, and when another process writes.
@Suite struct RuntimeTests {
    @Test func aMessageIsAnsweredAndStoredUnderItsOwnTurn() async throws {
        let loop = try HeadlessLoop(TestStore())

        loop.enter("add a task to buy milk")

        try await loop.waitFor("Added #1")
        try await loop.settle { $0.activity == .idle }
        #expect(loop.state.conversationID == 1)
        #expect(try loop.fixture.store.tasks.task(id: 1).title == "Buy milk")
    }

    @Test func resumingAConversationThatDoesNotExistSaysSoInThePane() async throws {
        let loop = try HeadlessLoop(TestStore())

        loop.enter("/resume 42")

        try await loop.waitFor("No conversation 42. Run 'chattui conversations' to list them.")
        #expect(loop.state.conversationID == nil)
    }

    @Test func aMessageAnotherProcessAppendsAppearsOnTheNextTick() async throws {
        let fixture = try TestStore()
        let id = try fixture.conversation(of: 2)
        let loop = try HeadlessLoop(fixture)
        loop.send(.conversationLoaded(try fixture.store.newestPage(of: id)))
        // The first poll reads the baseline, on the database queue, before the reminders.
        loop.runtime.pollExternalChanges()
        loop.runtime.perform(.loadReminders)
        let baselineRead = try await loop.awaitAnswer { message in
            if case .remindersLoaded = message { true } else { false }
        }
        try #require(baselineRead)

        let other = try AppDatabase.open(path: fixture.folder.databasePath)
        let elsewhere = ConversationService(database: other, user: UserID("me"), clock: .fixed(fixedNow, timeZone: utc))
        _ = try await elsewhere.append(NewMessage(role: .user, content: "sent from another terminal"), to: id)
        loop.runtime.pollExternalChanges()

        try await loop.waitFor("sent from another terminal")
    }

    @Test func inputNotSentIsKeptWhenTheChatCloses() throws {
        let loop = try HeadlessLoop(TestStore())
        for character in "half a thought" { loop.send(.key(.character(character))) }

        #expect(loop.runtime.keepDraft(of: loop.state) == nil)

        #expect(try loop.fixture.store.conversations.draft(for: nil) == "half a thought")
    }

    @Test func completingATaskAnotherProcessDeletedSaysItIsGone() async throws {
        let fixture = try TestStore()
        _ = try fixture.store.add("pay rent")
        let loop = try HeadlessLoop(fixture)
        loop.send(.key(.function(2)))
        try await loop.waitFor("Pay rent")

        _ = try fixture.store.tasks.delete(id: 1)
        loop.send(.key(.character(" ")))

        try await loop.waitFor("task 1 not found")
    }
}
