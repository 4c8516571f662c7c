import Foundation
import GRDB
import Testing
@testable import Persistence

struct TaskServiceTests {
    @Test func addStoresANormalisedTask() throws {
        // Given an empty database
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        // When a task is added with every field
        let task = try tasks.add(TaskDraft(
            title: "  Pay bills \n", description: "electricity", priority: .high, tags: ["#Home", "money", "home"],
            due: .day(day("2025-03-21")), recurrence: .monthly))
        // Then it is stored trimmed, with tags normalised, and reads back the same
        #expect(task.title == "Pay bills")
        #expect(task.tags == ["home", "money"])
        #expect(task.userID == UserID("alice"))
        #expect(!task.completed)
        #expect(task.createdAt == instant("2025-03-14T10:00:00Z"))
        #expect(try tasks.task(id: task.id) == task)
        withExtendedLifetime(folder) {}
    }

    @Test func validationErrorsSayWhatToDo() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        #expect(throws: TaskInputError.emptyTitle) { try tasks.add(TaskDraft(title: " \n\t ")) }
        #expect(throws: TaskInputError.titleTooLong(length: 501)) {
            try tasks.add(TaskDraft(title: String(repeating: "a", count: 501)))
        }
        #expect(throws: TaskInputError.descriptionTooLong(length: 10_001)) {
            try tasks.add(TaskDraft(title: "x", description: String(repeating: "d", count: 10_001)))
        }
        #expect(throws: TaskInputError.invalidTag("no spaces")) { try tasks.add(TaskDraft(title: "x", tags: ["no spaces"])) }
        #expect(throws: TaskStoreError.notFound(42)) { try tasks.complete(id: 42) }
        #expect(TaskStoreError.notFound(42).description == "task 42 not found")
        #expect(TaskInputError.emptyTitle.description == "title must not be empty")
        // And nothing was stored by the failed adds
        #expect(try tasks.list(TaskQuery()).count == 0)
        withExtendedLifetime(folder) {}
    }

    @Test func anotherUsersTasksAreInvisible() throws {
        // Given a task of Alice's
        let (database, folder) = try makeTestDatabase()
        let alice = TaskService.make(database, user: "alice")
        let bob = TaskService.make(database, user: "bob")
        let task = try alice.add(TaskDraft(title: "Alice's secret"))
        // Then Bob neither sees nor touches it
        #expect(try bob.list(TaskQuery()).tasks.isEmpty)
        #expect(throws: TaskStoreError.notFound(task.id)) { try bob.task(id: task.id) }
        #expect(throws: TaskStoreError.notFound(task.id)) { try bob.complete(id: task.id) }
        #expect(throws: TaskStoreError.notFound(task.id)) { try bob.update(id: task.id, TaskPatch(title: .set("mine"))) }
        #expect(throws: TaskStoreError.notFound(task.id)) { try bob.delete(id: task.id) }
        #expect(try bob.undoLastChange() == nil)
        #expect(try alice.task(id: task.id).title == "Alice's secret")
        withExtendedLifetime(folder) {}
    }

    @Test func deleteIsSoft() throws {
        // Given a task
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "Old task", tags: ["x"]))
        // When it is deleted
        let deleted = try tasks.delete(id: task.id)
        // Then it is hidden from every operation but the row is kept
        #expect(deleted.deletedAt == instant("2025-03-14T10:00:00Z"))
        #expect(try tasks.list(TaskQuery()).tasks.isEmpty)
        #expect(throws: TaskStoreError.notFound(task.id)) { try tasks.task(id: task.id) }
        #expect(throws: TaskStoreError.notFound(task.id)) { try tasks.delete(id: task.id) }
        let rows = try database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tasks WHERE id = ? AND deleted_at IS NOT NULL", arguments: [task.id])
        }
        #expect(rows == 1)
        withExtendedLifetime(folder) {}
    }

    @Test func updateSetsKeepsAndClearsFields() throws {
        // Given a task with a description, priority, tags and due date
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(
            title: "Call mom", description: "about Sunday", priority: .low, tags: ["family"], due: .day(day("2025-03-15"))))
        // When the title is set, the description and due date cleared, tags replaced
        let updated = try tasks.update(id: task.id, TaskPatch(
            title: .set("Call mom tonight"), description: .clear, tags: .set(["Phone"]), due: .clear, completed: true))
        // Then exactly those fields changed
        #expect(updated.title == "Call mom tonight")
        #expect(updated.description == nil)
        #expect(updated.priority == .low)
        #expect(updated.tags == ["phone"])
        #expect(updated.due == nil)
        #expect(updated.completed)
        #expect(updated.completedAt == instant("2025-03-14T10:00:00Z"))
        #expect(throws: TaskInputError.emptyTitle) { try tasks.update(id: task.id, TaskPatch(title: .clear)) }
        #expect(throws: TaskInputError.emptyTitle) { try tasks.update(id: task.id, TaskPatch(title: .set("  "))) }
        withExtendedLifetime(folder) {}
    }

    @Test func completingARecurringTaskCreatesTheNextOccurrence() throws {
        // Given a weekly task due Friday 14 March with a tag
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(
            title: "Water the plants", priority: .medium, tags: ["home"], due: .day(day("2025-03-14")), recurrence: .weekly))
        // When it is completed
        let completion = try tasks.complete(id: task.id)
        // Then it is done and a copy is due a week after its due date
        #expect(completion.task.completed)
        let next = try #require(completion.nextOccurrence)
        #expect(next.due == .day(day("2025-03-21")))
        #expect(next.title == "Water the plants")
        #expect(next.tags == ["home"])
        #expect(next.priority == .medium)
        #expect(next.recurrence == .weekly)
        #expect(!next.completed)
        // And completing it again changes nothing
        #expect(try tasks.complete(id: task.id).nextOccurrence == nil)
        withExtendedLifetime(folder) {}
    }

    @Test func recurringTaskWithoutDueCountsFromTheCompletionDate() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "Stretch", recurrence: .daily))
        #expect(try tasks.complete(id: task.id).nextOccurrence?.due == .day(day("2025-03-15")))
        withExtendedLifetime(folder) {}
    }

    @Test func reopenMakesATaskPendingAgain() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "Read"))
        _ = try tasks.complete(id: task.id)
        let reopened = try tasks.reopen(id: task.id)
        #expect(!reopened.completed)
        #expect(reopened.completedAt == nil)
        withExtendedLifetime(folder) {}
    }

    @Test func aFailedTransactionKeepsNothing() throws {
        // Given a task
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "Keep me"))
        // When a transaction deletes it, adds another, then fails
        #expect(throws: TaskInputError.emptyTitle) {
            try tasks.transaction { editor in
                _ = try editor.delete(id: task.id)
                _ = try editor.add(TaskDraft(title: "Lost"))
                _ = try editor.add(TaskDraft(title: ""))
            }
        }
        // Then nothing changed
        #expect(try tasks.list(TaskQuery()).tasks.map(\.title) == ["Keep me"])
        withExtendedLifetime(folder) {}
    }

    @Test func journalRecordsEveryChangeWithItsSource() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database, source: .mcp)
        let task = try tasks.add(TaskDraft(title: "A"))
        _ = try tasks.update(id: task.id, TaskPatch(priority: .set(.high)))
        _ = try tasks.update(id: task.id, TaskPatch(priority: .set(.high)))
        _ = try tasks.complete(id: task.id)
        _ = try tasks.reopen(id: task.id)
        _ = try tasks.delete(id: task.id)
        let rows = try database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT action, source, before, after FROM task_changes ORDER BY id")
        }
        #expect(rows.map { $0["action"] as String } == ["add", "update", "complete", "reopen", "delete"])
        #expect(rows.allSatisfy { $0["source"] == "mcp" })
        #expect(rows[0]["before"] as String? == nil)
        #expect((rows[1]["after"] as String).contains("\"priority\":\"high\""))
        withExtendedLifetime(folder) {}
    }
}
