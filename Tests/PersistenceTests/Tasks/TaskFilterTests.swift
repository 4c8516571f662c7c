import Foundation
import GRDB
import Testing
@testable import Persistence

/// Deciding how to search a text counts up to 5,001 of the index's matches: for a text
/// every task holds that was most of the review's rows for a new filter, because it was
/// asked again for every keyset page and every count. One read asks it once at most, and
/// the rows of a text most tasks hold (`denseRows`) do not ask it.
struct TaskFilterTests {
    @Test(arguments: TaskSort.allCases)
    func aReadAsksHowCommonTheTextIsOnceAtMost(sort: TaskSort) throws {
        let (database, folder) = try Self.makeSearchedDatabase()
        let query = TaskQuery(status: .pending, search: "common word", sort: sort)
        let anchor = try TaskService.make(database).task(id: 15)

        let rows = try probes(database) { editor in
            let rows = try editor.uncountedWindow(query, around: .item(anchor), before: 30, after: 30)
            #expect(rows.items.count == 30)
        }
        let count = try probes(database) { editor in
            let position = try editor.position(of: .item(anchor), query)
            #expect(position.total == 30)
        }
        let counted = try probes(database) { editor in
            let window = try editor.window(query, around: .item(anchor), before: 5, after: 5)
            #expect(window.total == 30)
        }
        let listed = try probes(database) { editor in
            let page = try editor.list(TaskQuery(status: .pending, search: "common word", limit: 5))
            #expect(page.count == 30)
        }

        let asked: [Int] = [rows, count, counted, listed]
        #expect(asked == [0, 1, 1, 1])
        withExtendedLifetime(folder) {}
    }

    /// Thirty pending tasks holding the text, due on three days or not at all, so a window
    /// by due date reads several ranges on each side.
    static func makeSearchedDatabase() throws -> (AppDatabase, TestFolder) {
        let (database, folder) = try makeTestDatabase()
        try TaskService.make(database).transaction { editor in
            for index in 0..<30 {
                let due: Due? = index.isMultiple(of: 4) ? nil : .day(day("2026-12-0\(index % 4)"))
                let priority: Priority? = [Priority.low, .high, nil][index % 3]
                _ = try editor.add(TaskDraft(title: "Task \(index % 7) with a common word", priority: priority, due: due))
            }
        }
        return (database, folder)
    }

    /// How many times `body` asked the index how common the text is.
    private func probes(_ database: AppDatabase, _ body: (TaskEditor) throws -> Void) throws -> Int {
        try database.pool.read { db in
            let statements = LockedStatements()
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { statements.append(statement.sql) }
            }
            try body(TaskEditor(db: db, user: UserID("alice"), clock: fixedClock(), source: .tui))
            db.trace(options: [])
            return statements.all.filter { $0.contains("FROM (SELECT 1 FROM tasks_text") }.count
        }
    }
}
