import Foundation
import Persistence
import TestSupport
import Testing
@testable import ChatTUI

/// The review's edits against a real database file: the chat's phrases for `a`, the tools'
/// date, tag and repeat rules for `D`, `t` and `r`, and their refusals in words.
@Suite struct ChatStoreEditsTests {
    @Test func aReadsTheChatsPhrases() throws {
        let fixture = try TestStore()
        let added = try fixture.store.add("call mom tomorrow #family high")
        #expect(added.title == "Call mom")
        #expect(added.due == day("2025-03-15"))
        #expect(added.tags == ["family"])
        #expect(added.priority == .high)
        let repeating = try fixture.store.add("water the plants every monday")
        #expect(repeating.recurrence == .weekly)
        #expect(repeating.due == day("2025-03-17"))
    }

    @Test func dueDatesAreReadClearedAndImpossibleOnesSayWhy() throws {
        let fixture = try TestStore()
        let id = try fixture.store.add("pay rent").id
        #expect(try fixture.store.setDue(id, "fri") == "#\(id) Pay rent: due 2025-03-21.")
        #expect(try fixture.store.setDue(id, "3 June 17:00") == "#\(id) Pay rent: due 2025-06-03T17:00:00Z.")
        #expect(try fixture.store.setDue(id, "") == "#\(id) Pay rent: no due date.")
        #expect(throws: TaskInputError.impossibleDate("31 April", reason: "April has 30 days")) {
            try fixture.store.setDue(id, "31 April")
        }
    }

    @Test func tagsAndRepeatsAreSetAndCleared() throws {
        let fixture = try TestStore()
        let id = try fixture.store.add("pay rent").id
        #expect(try fixture.store.setTags(id, "#Home, bills") == "#\(id) Pay rent: #bills #home.")
        #expect(try fixture.store.setTags(id, "") == "#\(id) Pay rent: no tags.")
        #expect(try fixture.store.setRecurrence(id, "monthly") == "#\(id) Pay rent: repeats monthly.")
        #expect(try fixture.store.setRecurrence(id, "") == "#\(id) Pay rent: does not repeat.")
    }

    @Test func theDetailCarriesTheDescriptionAndHistory() throws {
        let fixture = try TestStore()
        let id = try fixture.store.add("pay rent").id
        _ = try fixture.store.setDescription(id, "landlord\nbank transfer")
        let detail = try fixture.store.detail(id)
        #expect(detail.task.description == "landlord\nbank transfer")
        #expect(detail.history.map(\.action) == [.update, .add])
        #expect(detail.history.first?.fields == ["description: none → landlord\nbank transfer"])
    }
}
