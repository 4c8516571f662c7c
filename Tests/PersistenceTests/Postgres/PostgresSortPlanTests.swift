import Foundation
import PostgresNIO
import Testing
@testable import Persistence

/// Every sort of the task list reads its order from an index on PostgreSQL, so a page costs
/// the same at 20,000 tasks as at 20: the plan has an index scan and no sort of its own.
@Suite(.enabled(if: PostgresTestCluster.shouldRun, PostgresTestCluster.skipNote))
struct PostgresSortPlanTests {
    @Test(arguments: TaskSort.allCases, [TaskStatusFilter.pending, .all])
    func aListPageIsReadInOrderFromAnIndex(sort: TaskSort, status: TaskStatusFilter) throws {
        // Given 20,000 tasks of one person, a fifth completed, the statistics up to date
        let holder = try PostgresTestDatabase()
        let database = try holder.open()
        guard case .postgres(let session) = database.backend else { throw UnexpectedBackend() }
        try session.transaction { transaction in
            try transaction.execute("""
                INSERT INTO tasks (title, priority, due, due_at, created_at, updated_at, completed)
                SELECT 'Task ' || g, (ARRAY[NULL, 'low', 'medium', 'high'])[g % 4 + 1],
                       CASE WHEN g % 3 = 0 THEN NULL ELSE '2026-01-01' END,
                       CASE WHEN g % 3 = 0 THEN NULL ELSE timestamptz '2026-01-01' + (g % 900) * interval '1 day' END,
                       now(), now(), g % 5 = 0
                FROM generate_series(1, 20000) g
                """)
        }
        try session.statement { try $0.execute("ANALYZE tasks") }
        // When the first page of the list is planned as PostgresTaskEditor sends it
        let plan = try session.transaction { transaction in
            let editor = PostgresTaskEditor(
                transaction: transaction, user: database.connectedUser ?? UserID("?"), clock: fixedClock(), source: .cli)
            var statement = PostgresStatement("EXPLAIN SELECT \(PostgresTaskRow.columns) FROM tasks WHERE ")
            statement.append(try editor.condition(TaskQuery(status: status, sort: sort), in: &statement))
            statement.append(" ORDER BY \(PostgresTaskEditor.order(sort)) LIMIT 50")
            return try transaction.rows(statement.query)
                .map { try transaction.decode($0, column: 0, as: String.self) }.joined(separator: "\n")
        }
        // Then an index gives the rows in order: no table scan, no sort
        #expect(plan.contains("Index Scan"), "\(plan)")
        #expect(!plan.contains("Seq Scan") && !plan.contains("Sort"), "\(plan)")
    }

    struct UnexpectedBackend: Error {}
}
