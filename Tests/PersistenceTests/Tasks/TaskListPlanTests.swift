import Foundation
import GRDB
import Testing
@testable import Persistence

/// Listing a page of tasks must cost the same at 60 tasks and at 100,000: SQLite reads the
/// rows in order from an index and stops at the limit, instead of sorting every match.
struct TaskListPlanTests {
    @Test(arguments: [
        TaskQuery(status: .all, sort: .created, limit: 50),
        TaskQuery(status: .pending, sort: .created, limit: 50),
        TaskQuery(status: .completed, sort: .created, limit: 50),
        TaskQuery(status: .all, sort: .due, limit: 50),
        TaskQuery(status: .pending, sort: .due, limit: 50),
    ])
    func aPageIsReadInIndexOrder(query: TaskQuery) throws {
        // Given enough tasks that SQLite's planner weighs its choices for real
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        try tasks.transaction { editor in
            for index in 0..<2_000 {
                _ = try editor.add(TaskDraft(title: "Task \(index)", due: index.isMultiple(of: 3) ? nil : .day(day("2026-12-01"))))
            }
        }
        try database.pool.write { db in try db.execute(sql: "ANALYZE") }

        // When the page's query is planned
        let plan = try database.pool.read { db in
            let editor = TaskEditor(db: db, user: UserID("alice"), clock: fixedClock(), source: .tui)
            let statement = try editor.pageRequest(query).makePreparedRequest(db, forSingleResult: false).statement
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + statement.sql, arguments: statement.arguments)
                .map { $0["detail"] as String }.joined(separator: "; ")
        }

        // Then it searches an index and never sorts the matches
        #expect(plan.contains("SEARCH tasks USING"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        withExtendedLifetime(folder) {}
    }
}
