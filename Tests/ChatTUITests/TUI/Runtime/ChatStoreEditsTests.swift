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
        #expect(try fixture.store.setDue(id, "fri") == "#\(id) Pay rent: due Fri 21 Mar.")
        #expect(try fixture.store.setDue(id, "3 June 17:00") == "#\(id) Pay rent: due Tue 3 Jun 17:00.")
        #expect(try fixture.store.setDue(id, "2027-06-03T19:00:00+02:00") == "#\(id) Pay rent: due Thu 3 Jun 2027 17:00.")
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

    /// DESIGN.md: "every Monday" is weekly, due next Monday, whatever the task was due before.
    @Test func everyMondayMovesTheDueDateToTheNextMondayKeepingItsTime() throws {
        // Given, on Friday 14 March, a task due Thursday 20 March at 17:00 and one due all day
        let fixture = try TestStore()
        let timed = try fixture.store.add("service the car").id
        _ = try fixture.store.setDue(timed, "2025-03-20T17:00:00Z")
        let allDay = try fixture.store.add("water the plants").id
        _ = try fixture.store.setDue(allDay, "2025-03-20")
        // When each is set to repeat every Monday
        #expect(try fixture.store.setRecurrence(timed, "every monday")
            == "#\(timed) Service the car: repeats weekly, due Mon 17 Mar 17:00.")
        _ = try fixture.store.setRecurrence(allDay, "Every Monday")
        // Then both are due on Monday 17 March, the timed one still at 17:00
        #expect(try fixture.store.tasks.task(id: timed).due?.normalized == "2025-03-17T17:00:00Z")
        #expect(try fixture.store.tasks.task(id: allDay).due == day("2025-03-17"))
    }

    @Test func aRepeatWithoutAWeekdayKeepsTheDueDate() throws {
        let fixture = try TestStore()
        let id = try fixture.store.add("pay rent").id
        _ = try fixture.store.setDue(id, "2025-03-20")
        #expect(try fixture.store.setRecurrence(id, "weekly") == "#\(id) Pay rent: repeats weekly.")
        #expect(try fixture.store.tasks.task(id: id).due == day("2025-03-20"))
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
