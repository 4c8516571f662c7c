import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// What the runtime's store answers, against a real database file: the pages the chat
/// scrolls through, and each review change worded as the status line shows it.
@Suite struct ChatStoreTests {
    @Test func aConversationOpensOnItsNewestPageAndScrollsBackAndOn() throws {
        let fixture = try TestStore()
        let id = try fixture.conversation(of: ChatStore.pageSize + 5)

        let newest = try fixture.store.newestPage(of: id)
        #expect(newest.messages.count == ChatStore.pageSize)
        #expect(newest.messages.first?.content == "message 6")
        #expect(newest.hasOlder)
        #expect(newest.title == "message 1")

        let firstShown = try #require(newest.messages.first?.id)
        let older = try fixture.store.olderPage(of: id, before: firstShown, limit: 3)
        #expect(older.messages.map(\.content) == ["message 3", "message 4", "message 5"])
        #expect(older.hasOlder)
        let oldest = try fixture.store.olderPage(of: id, before: firstShown, limit: 5)
        #expect(!oldest.hasOlder)

        let newer = try fixture.store.newerPage(of: id, after: oldest.messages.last?.id, limit: 2)
        #expect(newer.messages.map(\.content) == ["message 6", "message 7"])
    }

    @Test func completingARepeatingTaskNamesTheNextOneAndUndoSaysWhatItUndid() throws {
        let fixture = try TestStore()
        let store = fixture.store
        let task = try store.add("water the plants every monday")

        #expect(try store.complete(task.id) == "Completed #1 Water the plants; next: #2 Water the plants. u undoes it.")
        let undone = try store.undo()
        #expect(undone.summary == "Undid: completed #1 Water the plants")
        #expect(undone.restored?.id == task.id && undone.restored?.completed == false)
        #expect(try store.reminders() == ReminderCounts(overdue: 0, dueToday: 0))
        withExtendedLifetime(fixture) {}
    }

    @Test func eachReviewChangeIsSaidInOneLine() throws {
        let fixture = try TestStore()
        let store = fixture.store
        let id = try store.add("pay rent").id

        #expect(try store.rename(id, to: "Pay the rent") == "Renamed to #1 Pay the rent.")
        #expect(try store.setPriority(id, .high) == "#1 Pay the rent: high priority.")
        #expect(try store.setPriority(id, nil) == "#1 Pay the rent: no priority.")
        _ = try store.complete(id)
        #expect(try store.reopen(id) == "Reopened #1 Pay the rent.")
        #expect(try store.delete(id) == "Deleted #1 Pay the rent. u brings it back.")
        withExtendedLifetime(fixture) {}
    }

    @Test func undoWithNothingToUndoSaysSo() throws {
        let fixture = try TestStore()
        let undone = try fixture.store.undo()
        #expect(undone.summary == "Nothing to undo." && undone.restored == nil)
        withExtendedLifetime(fixture) {}
    }
}
