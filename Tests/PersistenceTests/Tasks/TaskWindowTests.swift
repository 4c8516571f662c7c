import Foundation
import GRDB
import Testing
@testable import Persistence

/// Keyset windows: any stretch of a listing, read from its edges or around a task, in the
/// same order as `list_tasks`, with the true count, on every backend.
struct TaskWindowTests {
    /// ``FortyTasks`` with #5 completed, so the pending listing skips one.
    private func makeTasks(_ backend: TestBackend) throws -> (TaskService, AnyObject) {
        let (tasks, lifetime) = try FortyTasks.make(on: backend)
        _ = try tasks.complete(id: 5)
        return (tasks, lifetime)
    }

    @Test(arguments: TestBackend.available, TaskSort.allCases)
    func walkingWindowsForwardGivesTheListingOrder(backend: TestBackend, sort: TaskSort) throws {
        let (tasks, folder) = try makeTasks(backend)
        let query = TaskQuery(status: .all, sort: sort)
        let expected = try tasks.list(query).tasks.map(\.id)

        var walked: [Int64] = []
        var window = try tasks.window(query, around: .first, before: 0, after: 7)
        #expect(window.total == 40)
        while true {
            #expect(window.offset == walked.count)
            walked += window.items.map(\.id)
            guard let last = window.items.last, walked.count < window.total else { break }
            window = try tasks.window(query, around: .item(last), before: 0, after: 8)
            window.items.removeFirst()
            window.offset += 1
        }
        #expect(walked == expected)
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available, TaskSort.allCases)
    func theLastWindowEndsAtTheLastTask(backend: TestBackend, sort: TaskSort) throws {
        let (tasks, folder) = try makeTasks(backend)
        let query = TaskQuery(status: .pending, sort: sort)
        let expected = try tasks.list(query).tasks.map(\.id)

        let window = try tasks.window(query, around: .last, before: 10, after: 0)

        #expect(window.total == 39)
        #expect(window.offset == 29)
        #expect(window.items.map(\.id) == Array(expected.suffix(10)))
        #expect(window[38]?.id == expected.last)
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available, TaskSort.allCases)
    func aWindowAroundATaskKnowsItsPosition(backend: TestBackend, sort: TaskSort) throws {
        let (tasks, folder) = try makeTasks(backend)
        let query = TaskQuery(status: .all, sort: sort)
        let expected = try tasks.list(query).tasks
        let anchor = expected[17]

        let window = try tasks.window(query, around: .item(anchor), before: 5, after: 5)

        #expect(window.anchorIndex == 17)
        #expect(window.offset == 12)
        #expect(window.items.map(\.id) == expected[12..<22].map(\.id))
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available)
    func aTaskThatNoLongerMatchesLeavesItsPlaceToTheNext(backend: TestBackend) throws {
        let (tasks, folder) = try makeTasks(backend)
        let query = TaskQuery(status: .pending, sort: .created)
        let anchor = try tasks.task(id: 10)
        _ = try tasks.complete(id: 10)

        let window = try tasks.window(query, around: .item(anchor), before: 2, after: 2)

        // Tasks 1…9 but 5 are pending before it, so #11 now sits where #10 was.
        #expect(window.anchorIndex == 8)
        #expect(window[8]?.id == 11)
        #expect(window.items.map(\.id) == [8, 9, 11, 12])
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available)
    func aTaskWhoseDueDateMovedIsFoundAtItsNewPlace(backend: TestBackend) throws {
        let (tasks, folder) = try makeTasks(backend)
        let query = TaskQuery(status: .all, sort: .due)
        let shown = try tasks.task(id: 2)
        _ = try tasks.update(id: 2, TaskPatch(due: .set(.day(day("2025-04-30")))))
        let expected = try tasks.list(query).tasks.map(\.id)

        let window = try tasks.window(query, around: .item(shown), before: 3, after: 3)

        #expect(window.anchorIndex == expected.firstIndex(of: 2))
        #expect(window[window.anchorIndex]?.id == 2)
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available)
    func anEmptyListingHasAnEmptyWindow(backend: TestBackend) throws {
        let (database, _, folder) = try backend.makeDatabase()
        let tasks = TaskService.make(database)
        for anchor in [WindowAnchor<TodoTask>.first, .last] {
            let window = try tasks.window(TaskQuery(), around: anchor, before: 5, after: 5)
            #expect(window == ListWindow(items: [], offset: 0, total: 0, anchorIndex: 0))
        }
        withExtendedLifetime(folder) {}
    }
}
