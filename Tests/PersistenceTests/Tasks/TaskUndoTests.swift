import Foundation
import Testing
@testable import Persistence

struct TaskUndoTests {
    @Test func undoesEachKindOfChangeNewestFirst() throws {
        // Given a task added, updated, completed and deleted
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let added = try tasks.add(TaskDraft(title: "Buy groceries", priority: .low, tags: ["home"]))
        let updated = try tasks.update(id: added.id, TaskPatch(title: .set("Buy fruit"), tags: .set(["shop"])))
        let completed = try tasks.complete(id: added.id).task
        _ = try tasks.delete(id: added.id)

        // When undoing repeatedly, then each step restores the state before the change
        #expect(try tasks.undoLastChange()?.summary == "Undid: deleted #1 Buy fruit")
        #expect(try tasks.task(id: added.id).completed == completed.completed)
        #expect(try tasks.undoLastChange()?.summary == "Undid: completed #1 Buy fruit")
        let afterUncomplete = try tasks.task(id: added.id)
        #expect(!afterUncomplete.completed && afterUncomplete.completedAt == nil)
        #expect(afterUncomplete.title == updated.title)
        #expect(try tasks.undoLastChange()?.summary == "Undid: updated #1 Buy fruit")
        let original = try tasks.task(id: added.id)
        #expect(original.title == "Buy groceries")
        #expect(original.tags == ["home"])
        let undoneAdd = try tasks.undoLastChange()
        #expect(undoneAdd?.summary == "Undid: added #1 Buy groceries")
        #expect(undoneAdd?.action == .add)
        #expect(try tasks.list(TaskQuery()).tasks.isEmpty)
        #expect(throws: TaskStoreError.notFound(added.id)) { try tasks.task(id: added.id) }
        // And then there is nothing left to undo
        #expect(try tasks.undoLastChange() == nil)
        withExtendedLifetime(folder) {}
    }

    @Test func undoingARecurringCompletionRemovesItsOccurrence() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "Water plants", due: .day(day("2025-03-14")), recurrence: .weekly))
        let next = try #require(try tasks.complete(id: task.id).nextOccurrence)
        _ = try tasks.undoLastChange()
        #expect(try tasks.list(TaskQuery()).tasks.map(\.id) == [task.id])
        #expect(try !tasks.task(id: task.id).completed)
        #expect(throws: TaskStoreError.notFound(next.id)) { try tasks.task(id: next.id) }
        withExtendedLifetime(folder) {}
    }

    @Test func undoWorksAcrossSourcesAndAfterReopeningTheDatabase() throws {
        // Given a change by the agent, then the database closed
        let folder = try TestFolder()
        do {
            let database = try AppDatabase.open(path: folder.databasePath)
            let agent = TaskService.make(database, source: .agent)
            let task = try agent.add(TaskDraft(title: "Pay bills"))
            _ = try agent.complete(id: task.id)
        }
        // When the TUI reopens it and undoes twice
        let database = try AppDatabase.open(path: folder.databasePath)
        let tui = TaskService.make(database, source: .tui)
        #expect(try tui.undoLastChange()?.summary == "Undid: completed #1 Pay bills")
        #expect(try tui.list(TaskQuery(status: .pending)).tasks.map(\.title) == ["Pay bills"])
        #expect(try tui.undoLastChange()?.summary == "Undid: added #1 Pay bills")
        #expect(try tui.list(TaskQuery()).count == 0)
    }

    @Test func undoOnlyTouchesTheUsersOwnChanges() throws {
        let (database, folder) = try makeTestDatabase()
        let alice = TaskService.make(database, user: "alice")
        let bob = TaskService.make(database, user: "bob")
        _ = try alice.add(TaskDraft(title: "Alice's"))
        _ = try bob.add(TaskDraft(title: "Bob's"))
        #expect(try alice.undoLastChange()?.summary == "Undid: added #1 Alice's")
        #expect(try bob.list(TaskQuery()).tasks.map(\.title) == ["Bob's"])
        withExtendedLifetime(folder) {}
    }

    @Test func undoRestoresDueAndPriorityExactly() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let due = Due.instant(instant("2025-03-20T07:30:00Z"), utcOffsetSeconds: 7200)
        let task = try tasks.add(TaskDraft(title: "Dentist", priority: .high, due: due, recurrence: .everyDays(3)))
        _ = try tasks.update(id: task.id, TaskPatch(priority: .clear, due: .set(.day(day("2025-04-01"))), recurrence: .clear))
        _ = try tasks.undoLastChange()
        let restored = try tasks.task(id: task.id)
        #expect(restored.due == due && restored.priority == .high && restored.recurrence == .everyDays(3))
        #expect(try tasks.list(TaskQuery(dueBefore: day("2025-03-20"))).tasks.map(\.id) == [task.id])
        withExtendedLifetime(folder) {}
    }
}
