import Foundation
import Testing
@testable import Persistence

/// The review's rows for a new text filter, read before anything is counted: the same rows
/// as a counted window, placed by a separate count unless they already hold every match,
/// on every backend.
struct TaskUncountedWindowTests {
    @Test(arguments: TestBackend.available, TaskSort.allCases)
    func theRowsComeUncountedAndTheCountPlacesThemAsTheWindowWould(backend: TestBackend, sort: TaskSort) throws {
        let (tasks, folder) = try FortyTasks.make(on: backend)
        let query = TaskQuery(status: .all, sort: sort)
        let expected = try tasks.list(query).tasks
        let anchor = WindowAnchor.item(expected[17])

        let rows = try tasks.uncountedWindow(query, around: anchor, before: 5, after: 5)

        #expect(rows.items.map(\.id) == expected[12..<22].map(\.id))
        #expect(rows.anchorOffset == 5)
        #expect(!rows.reachesStart && !rows.reachesEnd)
        #expect(rows.position == nil)
        let position = try tasks.position(of: anchor, query)
        #expect(position == ListPosition(total: 40, anchorIndex: 17))
        #expect(rows.placed(at: position) == (try tasks.window(query, around: anchor, before: 5, after: 5)))
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available)
    func rowsHoldingEveryMatchArePlacedWithoutACount(backend: TestBackend) throws {
        let (tasks, folder) = try FortyTasks.make(on: backend)
        let query = TaskQuery(status: .all, search: "zebra", sort: .created)
        let anchor = try tasks.task(id: 8)

        let rows = try tasks.uncountedWindow(query, around: .item(anchor), before: 20, after: 20)

        #expect(rows.items.map(\.id) == [4, 8, 12, 16, 20, 24, 28, 32, 36, 40])
        #expect(rows.position == ListPosition(total: 10, anchorIndex: 1))
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available)
    func aFilterThatMatchesNothingIsKnownEmptyAtOnce(backend: TestBackend) throws {
        let (tasks, folder) = try FortyTasks.make(on: backend)
        let query = TaskQuery(status: .all, search: "nowhere")
        for anchor in [WindowAnchor.first, .last, .item(try tasks.task(id: 3))] {
            let rows = try tasks.uncountedWindow(query, around: anchor, before: 5, after: 5)
            #expect(rows.items.isEmpty)
            #expect(rows.position == ListPosition(total: 0, anchorIndex: 0))
        }
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: TestBackend.available)
    func theEdgesOfTheListAreKnownFromWhereTheRowsWereRead(backend: TestBackend) throws {
        let (tasks, folder) = try FortyTasks.make(on: backend)
        let query = TaskQuery(status: .all)

        let first = try tasks.uncountedWindow(query, around: .first, before: 0, after: 5)
        let last = try tasks.uncountedWindow(query, around: .last, before: 5, after: 0)

        #expect(first.reachesStart && !first.reachesEnd && first.anchorOffset == 0)
        #expect(!last.reachesStart && last.reachesEnd && last.anchorOffset == 4)
        #expect(last.items.map(\.id) == [36, 37, 38, 39, 40])
        #expect(last.placed(at: try tasks.position(of: .last, query)).offset == 35)
        withExtendedLifetime(folder) {}
    }
}
