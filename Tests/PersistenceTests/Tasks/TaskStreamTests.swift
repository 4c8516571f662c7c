import Foundation
import Testing
@testable import Persistence

/// `TaskService.stream`: the same tasks `list` gives, in the same order, handed over a batch
/// at a time, with the same count and `truncated`.
struct TaskStreamTests {
    /// Seven tasks of Alice's (one completed, one deleted, some tagged) and one of Bob's.
    private func makeFixture() throws -> (TaskService, TestFolder) {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        for number in 1...6 {
            _ = try tasks.add(TaskDraft(
                title: "task \(number)", priority: number.isMultiple(of: 2) ? .high : nil,
                tags: number.isMultiple(of: 3) ? ["work", "home"] : []))
        }
        _ = try tasks.complete(id: 2)
        _ = try tasks.delete(id: try tasks.add(TaskDraft(title: "gone")).id)
        _ = try TaskService.make(tasks.database, user: "bob").add(TaskDraft(title: "Bob's"))
        return (tasks, folder)
    }

    private func streamed(_ tasks: TaskService, _ query: TaskQuery, batchSize: Int)
        throws -> (batches: [[TodoTask]], summary: TaskStreamSummary)
    {
        var batches: [[TodoTask]] = []
        let summary = try tasks.stream(query, batchSize: batchSize) { batches.append($0) }
        return (batches, summary)
    }

    @Test(arguments: [TaskQuery(), TaskQuery(status: .pending, sort: .priority), TaskQuery(tag: "work"),
                      TaskQuery(sort: .title, limit: 4), TaskQuery(limit: 100), TaskQuery(search: "nothing")])
    func streamsWhatListReturnsInBatches(query: TaskQuery) throws {
        let (tasks, folder) = try makeFixture()
        let page = try tasks.list(query)
        let (batches, summary) = try streamed(tasks, query, batchSize: 2)
        #expect(batches.flatMap { $0 } == page.tasks)
        #expect(batches.allSatisfy { !$0.isEmpty && $0.count <= 2 })
        #expect(summary == TaskStreamSummary(count: page.count, listed: page.tasks.count))
        #expect(summary.truncated == page.truncated)
        withExtendedLifetime(folder) {}
    }

    @Test func aRefusedQueryThrowsBeforeAnyBatch() throws {
        let (tasks, folder) = try makeFixture()
        var batches = 0
        #expect(throws: TaskInputError.invalidTag("a b")) {
            try tasks.stream(TaskQuery(tag: "a b")) { _ in batches += 1 }
        }
        #expect(batches == 0)
        withExtendedLifetime(folder) {}
    }
}
