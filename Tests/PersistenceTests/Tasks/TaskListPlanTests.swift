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
        TaskQuery(status: .all, sort: .priority, limit: 50),
        TaskQuery(status: .pending, sort: .priority, limit: 50),
        TaskQuery(status: .all, sort: .title, limit: 50),
        TaskQuery(status: .completed, sort: .title, limit: 50),
    ])
    func aPageIsReadInIndexOrder(query: TaskQuery) throws {
        let (database, folder) = try makePlannedDatabase()
        let plan = try planOf(database) { editor in try editor.pageRequest(TaskFilter(query, in: editor.db)) }
        expectIndexOrder(plan)
        withExtendedLifetime(folder) {}
    }

    /// The review's windows: the page after a task and the page before it (read backwards)
    /// walk the same indexes, from the task on (a seek past the filter's own terms), so
    /// paging to row 90,000 reads a page, not 90,000 rows.
    @Test(arguments: [
        (TaskQuery(status: .all, sort: .created), TaskSortKey.Side.atOrAfter),
        (TaskQuery(status: .pending, sort: .created), .before),
        (TaskQuery(status: .all, sort: .due), .atOrAfter),
        (TaskQuery(status: .pending, sort: .due), .before),
        (TaskQuery(status: .pending, sort: .priority), .atOrAfter),
        (TaskQuery(status: .all, sort: .priority), .before),
        (TaskQuery(status: .all, sort: .title), .atOrAfter),
        (TaskQuery(status: .pending, sort: .title), .before),
    ])
    func aKeysetPageIsReadInIndexOrder(query: TaskQuery, side: TaskSortKey.Side) throws {
        let (database, folder) = try makePlannedDatabase()
        for anchorID: Int64 in [999, 1_000] {
            let anchor = try TaskService.make(database).task(id: anchorID)
            for range in TaskSortKey(sort: query.sort).ranges(side, of: anchor) {
                let plan = try planOf(database) { editor in
                    try editor.keysetPage(TaskFilter(query, in: editor.db), range, descending: side == .before, limit: 50)
                }
                expectIndexOrder(plan)
                let searched = plan.split(separator: "(").dropFirst().first?.split(separator: ")").first ?? ""
                let seeks = searched.split(separator: " AND ").contains {
                    !["user_id=?", "deleted_at=?", "completed=?"].contains($0)
                }
                #expect(seeks, "\(range.sql): \(plan)")
            }
        }
        withExtendedLifetime(folder) {}
    }

    /// A new sort counts the cursor's place in the new order. Each count must be a range of
    /// the order's index: with one row-value comparison SQLite walked every match and
    /// compared each (13 ms of CPU by due date at 100,000 tasks, against 4 ms for the ranges).
    @Test(arguments: [
        (TaskSort.due, Int64(1_000)), (.due, 999), (.priority, 1_000), (.title, 1_000), (.created, 1_000),
    ])
    func theCursorsPlaceIsCountedOverRangesOfTheIndex(sort: TaskSort, anchorID: Int64) throws {
        let (database, folder) = try makePlannedDatabase()
        let anchor = try TaskService.make(database).task(id: anchorID)
        let counts = try database.pool.read { db in
            let editor = TaskEditor(db: db, user: UserID("alice"), clock: fixedClock(), source: .tui)
            let statements = LockedStatements()
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { statements.append(statement.expandedSQL) }
            }
            _ = try editor.window(TaskQuery(status: .pending, sort: sort), around: .item(anchor), before: 5, after: 5, total: 1)
            db.trace(options: [])
            return try statements.all.filter { $0.uppercased().contains("COUNT(*)") }.map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(separator: "; ")
            }
        }
        #expect(!counts.isEmpty)
        for plan in counts {
            let ranged = plan.contains("<?") || plan.contains("<expr>=?")
            #expect(plan.contains("SEARCH tasks USING") && ranged, "\(plan)")
        }
        withExtendedLifetime(folder) {}
    }

    /// A text the full-text index finds a few times: the page is the matches looked up by id
    /// and sorted, not a walk of the listing index testing each entry against the matches
    /// (which at 100,000 tasks took 50–80 ms for a page of 11, against 0.5 ms).
    @Test(arguments: TaskSort.allCases)
    func aRareTextsPagesAreReadFromItsMatches(sort: TaskSort) throws {
        let (database, folder) = try makePlannedDatabase()
        let query = TaskQuery(status: .pending, search: "task 1234", sort: sort)
        let anchor = try TaskService.make(database).task(id: 999)
        for side in [TaskSortKey.Side.before, .atOrAfter] {
            for range in TaskSortKey(sort: sort).ranges(side, of: anchor) {
                let plan = try planOf(database) { editor in
                    try editor.keysetPage(TaskFilter(query, in: editor.db), range, descending: side == .before, limit: 50)
                }
                // Or, for the tasks sharing the anchor's title, a seek to that title.
                let byID = plan.hasPrefix("SEARCH tasks USING INTEGER PRIMARY KEY (rowid=?)")
                #expect(byID || plan.contains(" title=? AND rowid"), "\(plan)")
            }
        }
        withExtendedLifetime(folder) {}
    }

    /// Given enough tasks that SQLite's planner weighs its choices for real.
    private func makePlannedDatabase() throws -> (AppDatabase, TestFolder) {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        try tasks.transaction { editor in
            for index in 0..<2_000 {
                _ = try editor.add(TaskDraft(title: "Task \(index)", due: index.isMultiple(of: 3) ? nil : .day(day("2026-12-01"))))
            }
        }
        try database.pool.write { db in try db.execute(sql: "ANALYZE") }
        return (database, folder)
    }

    private func planOf(
        _ database: AppDatabase, _ request: (SQLiteTaskEditor) throws -> QueryInterfaceRequest<TaskRecord>
    ) throws -> String {
        try database.pool.read { db in
            let editor = SQLiteTaskEditor(db: db, user: UserID("alice"), clock: fixedClock(), source: .tui)
            let statement = try request(editor).makePreparedRequest(db, forSingleResult: false).statement
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + statement.sql, arguments: statement.arguments)
                .map { $0["detail"] as String }.joined(separator: "; ")
        }
    }

    /// It searches an index and never sorts the matches.
    private func expectIndexOrder(_ plan: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(plan.contains("SEARCH tasks USING"), "\(plan)", sourceLocation: sourceLocation)
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)", sourceLocation: sourceLocation)
    }
}

/// The statements a trace saw, kept from the trace's callback.
final class LockedStatements: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    func append(_ sql: String) { lock.withLock { statements.append(sql) } }
    var all: [String] { lock.withLock { statements } }
}
