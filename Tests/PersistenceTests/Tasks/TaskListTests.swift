import Foundation
import Testing
@testable import Persistence

struct TaskListTests {
    /// Five tasks of Alice's (one completed, one deleted) and one of Bob's.
    private func makeFixture() throws -> (TaskService, TestFolder) {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        _ = try tasks.add(TaskDraft(title: "buy groceries", priority: .low, tags: ["home"], due: .day(day("2025-03-20"))))
        let meeting = try tasks.add(TaskDraft(
            title: "Team meeting", description: "50% of the agenda", priority: .high, tags: ["work"],
            due: .instant(instant("2025-03-16T23:30:00Z"), utcOffsetSeconds: 0)))
        _ = try tasks.add(TaskDraft(title: "Archive_2024", tags: ["work", "home"]))
        let done = try tasks.add(TaskDraft(title: "Call mom", priority: .medium, due: .day(day("2025-03-10"))))
        _ = try tasks.complete(id: done.id)
        let gone = try tasks.add(TaskDraft(title: "Deleted meeting", tags: ["work"]))
        _ = try tasks.delete(id: gone.id)
        _ = try TaskService.make(tasks.database, user: "bob").add(TaskDraft(title: "Bob's meeting", tags: ["work"]))
        #expect(meeting.id == 2)
        return (tasks, folder)
    }

    private func titles(_ tasks: TaskService, _ query: TaskQuery) throws -> [String] {
        try tasks.list(query).tasks.map(\.title)
    }

    @Test func statusFilters() throws {
        let (tasks, folder) = try makeFixture()
        #expect(try titles(tasks, TaskQuery()) == ["buy groceries", "Team meeting", "Archive_2024", "Call mom"])
        #expect(try titles(tasks, TaskQuery(status: .pending)) == ["buy groceries", "Team meeting", "Archive_2024"])
        #expect(try titles(tasks, TaskQuery(status: .completed)) == ["Call mom"])
        withExtendedLifetime(folder) {}
    }

    @Test func priorityAndTagFilters() throws {
        let (tasks, folder) = try makeFixture()
        #expect(try titles(tasks, TaskQuery(priority: .high)) == ["Team meeting"])
        #expect(try titles(tasks, TaskQuery(tag: "#Work")) == ["Team meeting", "Archive_2024"])
        #expect(try titles(tasks, TaskQuery(status: .pending, tag: "home")) == ["buy groceries", "Archive_2024"])
        #expect(throws: TaskInputError.invalidTag("a b")) { try tasks.list(TaskQuery(tag: "a b")) }
        withExtendedLifetime(folder) {}
    }

    @Test func searchIsCaseInsensitiveAndLiteral() throws {
        let (tasks, folder) = try makeFixture()
        #expect(try titles(tasks, TaskQuery(search: "MEETING")) == ["Team meeting"])
        #expect(try titles(tasks, TaskQuery(search: "agenda")) == ["Team meeting"])
        #expect(try titles(tasks, TaskQuery(search: "50%")) == ["Team meeting"])
        #expect(try titles(tasks, TaskQuery(search: "e_2")) == ["Archive_2024"])
        #expect(try titles(tasks, TaskQuery(search: "%")) == ["Team meeting"])
        #expect(try titles(tasks, TaskQuery(search: "_")) == ["Archive_2024"])
        withExtendedLifetime(folder) {}
    }

    @Test func dueBeforeIncludesItsDay() throws {
        let (tasks, folder) = try makeFixture()
        #expect(try titles(tasks, TaskQuery(dueBefore: day("2025-03-16"))) == ["Team meeting", "Call mom"])
        #expect(try titles(tasks, TaskQuery(dueBefore: day("2025-03-15"))) == ["Call mom"])
        #expect(try titles(tasks, TaskQuery(dueBefore: day("2025-03-20"))) == ["buy groceries", "Team meeting", "Call mom"])
        withExtendedLifetime(folder) {}
    }

    @Test func dueBeforeUsesTheLocalDayForMoments() throws {
        // Given a meeting at 23:30 UTC on Sunday, which is Monday 08:30 in Tokyo
        let (tasks, folder) = try makeFixture()
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let tokyoTasks = TaskService.make(tasks.database, clock: fixedClock(zone: tokyo))
        // Then in Tokyo it is not due by Sunday, but it is by Monday
        #expect(try titles(tokyoTasks, TaskQuery(dueBefore: day("2025-03-16"))) == ["Call mom"])
        #expect(try titles(tokyoTasks, TaskQuery(dueBefore: day("2025-03-17"))) == ["Team meeting", "Call mom"])
        withExtendedLifetime(folder) {}
    }

    @Test func sorts() throws {
        let (tasks, folder) = try makeFixture()
        #expect(try titles(tasks, TaskQuery(sort: .due)) == ["Call mom", "Team meeting", "buy groceries", "Archive_2024"])
        #expect(try titles(tasks, TaskQuery(sort: .priority)) == ["Team meeting", "Call mom", "buy groceries", "Archive_2024"])
        #expect(try titles(tasks, TaskQuery(sort: .title)) == ["Archive_2024", "buy groceries", "Call mom", "Team meeting"])
        #expect(try titles(tasks, TaskQuery(sort: .created)) == ["buy groceries", "Team meeting", "Archive_2024", "Call mom"])
        withExtendedLifetime(folder) {}
    }

    /// The title order is SQLite's NOCASE, which its index holds: ASCII case is folded, other
    /// letters sort by their bytes, after every ASCII one.
    @Test func theTitleOrderFoldsASCIICaseOnly() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        for title in ["émile", "Zebra", "Émile", "apple", "Banana"] { _ = try tasks.add(TaskDraft(title: title)) }
        #expect(try titles(tasks, TaskQuery(sort: .title)) == ["apple", "Banana", "Zebra", "Émile", "émile"])
        withExtendedLifetime(folder) {}
    }

    @Test func limitTruncatesButCountsAllMatches() throws {
        let (tasks, folder) = try makeFixture()
        let page = try tasks.list(TaskQuery(sort: .title, limit: 2))
        #expect(page.tasks.map(\.title) == ["Archive_2024", "buy groceries"])
        #expect(page.tasks.first?.tags == ["home", "work"])
        #expect(page.count == 4)
        #expect(page.truncated)
        let all = try tasks.list(TaskQuery(limit: 4))
        #expect(all.count == 4 && !all.truncated)
        withExtendedLifetime(folder) {}
    }

    @Test func remindersCountOverdueAndDueTodayPendingTasks() throws {
        // Given, at 10:00 UTC on Friday 14 March: overdue yesterday, due today,
        // a moment past this morning, a moment tonight, tomorrow, a completed overdue and a deleted one
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        for due in [Due.day(day("2025-03-13")), .day(day("2025-03-14")), .day(day("2025-03-15")),
                    .instant(instant("2025-03-14T08:00:00Z"), utcOffsetSeconds: 0),
                    .instant(instant("2025-03-14T21:00:00Z"), utcOffsetSeconds: 0)] {
            _ = try tasks.add(TaskDraft(title: "t", due: due))
        }
        let done = try tasks.add(TaskDraft(title: "done", due: .day(day("2025-03-01"))))
        _ = try tasks.complete(id: done.id)
        let gone = try tasks.add(TaskDraft(title: "gone", due: .day(day("2025-03-01"))))
        _ = try tasks.delete(id: gone.id)
        // Then two are overdue and two due today
        #expect(try tasks.reminderCounts() == ReminderCounts(overdue: 2, dueToday: 2))
        withExtendedLifetime(folder) {}
    }
}
