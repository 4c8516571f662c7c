import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// The conversation picker and the transcript's scroll-back through the runtime to a real
/// file: a rename, a delete and its undo are stored, and older messages load at the top.
@Suite struct RuntimePickerTests {
    @Test func aConversationIsRenamedDeletedAndBroughtBack() async throws {
        let fixture = try TestStore()
        let id = try fixture.conversation(of: 2)
        let loop = try HeadlessLoop(fixture)
        loop.send(.key(.ctrl("o")))
        try await loop.waitFor("message 1")

        loop.send(.key(.character("r")))
        loop.send(.key(.ctrl("u")))
        for character in "Rent plans" { loop.send(.key(.character(character))) }
        loop.send(.key(.enter))
        try await loop.waitFor("Renamed #\(id) to “Rent plans”.")
        #expect(try fixture.store.conversations.list(limit: nil).map(\.title) == ["Rent plans"])

        loop.send(.key(.character("d")))
        loop.send(.key(.character("y")))
        try await loop.waitFor("Deleted #\(id) “Rent plans”. u brings it back.")
        #expect(try fixture.store.conversations.list(limit: nil).isEmpty)

        loop.send(.key(.character("u")))
        try await loop.waitFor("Brought back #\(id) “Rent plans”.")
        #expect(try fixture.store.conversations.list(limit: nil).map(\.id) == [id])
    }

    @Test func aConversationAnotherProcessStartsAppearsInTheOpenPicker() async throws {
        let fixture = try TestStore()
        _ = try fixture.conversation(of: 2)
        let loop = try HeadlessLoop(fixture)
        loop.send(.key(.ctrl("o")))
        try await loop.waitFor("message 1")
        // The first poll reads the baseline.
        loop.runtime.pollExternalChanges()
        loop.runtime.perform(.loadReminders)
        try #require(try await loop.awaitAnswer { if case .remindersLoaded = $0 { true } else { false } })

        let other = try AppDatabase.open(path: fixture.folder.databasePath)
        let elsewhere = ConversationService(database: other, user: UserID("me"), clock: .fixed(fixedNow, timeZone: utc))
        _ = try await elsewhere.startConversation(with: NewMessage(role: .user, content: "started in another terminal"))
        loop.runtime.pollExternalChanges()

        try await loop.waitFor("started in another terminal")
    }

    @Test func renamingAConversationAnotherProcessDeletedSaysSoInThePicker() async throws {
        let fixture = try TestStore()
        let id = try fixture.conversation(of: 2)
        let loop = try HeadlessLoop(fixture)
        loop.send(.key(.ctrl("o")))
        try await loop.waitFor("message 1")

        _ = try fixture.store.conversations.delete(id, purgingBefore: .distantPast)
        loop.send(.key(.character("r")))
        for character in " again" { loop.send(.key(.character(character))) }
        loop.send(.key(.enter))

        try await loop.waitFor("No conversation \(id).")
        guard case .picker = loop.state.screen else {
            Issue.record("the failure left the picker: \(loop.state.screen)")
            return
        }
    }

    @Test func scrollingToTheTopLoadsTheOlderMessages() async throws {
        let fixture = try TestStore()
        let count = ChatStore.pageSize + 10
        let id = try fixture.conversation(of: count)
        let loop = try HeadlessLoop(fixture)
        loop.send(.conversationLoaded(try fixture.store.newestPage(of: id)))
        #expect(loop.state.transcript.hasOlder)
        let firstMessage = { (row: String) in row.trimmingCharacters(in: .whitespaces) == "› message 1" }
        #expect(!loop.screen.contains(where: firstMessage))

        loop.send(.key(.ctrlHome))

        try await loop.settle { !$0.transcript.hasOlder }
        #expect(loop.state.transcript.entries.count == count)
        #expect(loop.screen.contains(where: firstMessage), "\(loop.screen.joined(separator: "\n"))")
    }
}
