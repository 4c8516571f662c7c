import Foundation
import GRDB
import Testing
@testable import Persistence

/// The rows of a text most tasks hold, read by testing a bounded stretch of each range with
/// `LIKE` instead of asking the index how common the text is: the same rows as the counted
/// window, or nothing when the stretch holds too few of them.
struct TaskDenseRowsTests {
    @Test(arguments: TaskSort.allCases, [1, 2])
    func aDenseTextsRowsAreTheWindowsRows(sort: TaskSort, stretch: Int) throws {
        let (database, folder) = try TaskFilterTests.makeSearchedDatabase()
        let query = TaskQuery(status: .pending, search: "COMMON word", sort: sort)
        let tasks = TaskService.make(database)
        for id: Int64 in [1, 15, 30] {
            let anchor = WindowAnchor.item(try tasks.task(id: id))
            let window = try tasks.window(query, around: anchor, before: 4, after: 4)
            let rows = try dense(database, query, around: anchor, stretch: stretch)
            #expect(rows?.items.map(\.id) == window.items.map(\.id), "#\(id)")
            #expect(rows?.placed(at: ListPosition(total: 30, anchorIndex: window.anchorIndex)) == window, "#\(id)")
        }
        withExtendedLifetime(folder) {}
    }

    /// Four tasks in thirty hold 'Task 3 with': a stretch of twice the rows wanted holds too few.
    @Test(arguments: TaskSort.allCases)
    func aRareTextIsLeftToTheIndex(sort: TaskSort) throws {
        let (database, folder) = try TaskFilterTests.makeSearchedDatabase()
        let query = TaskQuery(status: .pending, search: "Task 3 with", sort: sort)
        let anchor = WindowAnchor.item(try TaskService.make(database).task(id: 15))
        #expect(try dense(database, query, around: anchor, stretch: 2) == nil)
        #expect(try dense(database, query, around: anchor, stretch: 10)?.items.count == 4)
        withExtendedLifetime(folder) {}
    }

    /// Text the index and `LIKE` would match differently, or too short for the index, is
    /// never read this way.
    @Test(arguments: ["co", "commön"])
    func onlyTextBothMatchAlikeIsScanned(text: String) throws {
        let (database, folder) = try TaskFilterTests.makeSearchedDatabase()
        let query = TaskQuery(status: .pending, search: text)
        let anchor = WindowAnchor.item(try TaskService.make(database).task(id: 15))
        #expect(try dense(database, query, around: anchor, stretch: 10) == nil)
        withExtendedLifetime(folder) {}
    }

    private func dense(
        _ database: AppDatabase, _ query: TaskQuery, around anchor: WindowAnchor<TodoTask>, stretch: Int
    ) throws -> UncountedWindow<TodoTask>? {
        try database.pool.read { db in
            let editor = SQLiteTaskEditor(db: db, user: UserID("alice"), clock: fixedClock(), source: .tui)
            return try editor.denseRows(query, around: anchor, before: 4, after: 4, stretch: stretch)
        }
    }
}
