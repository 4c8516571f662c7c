import Foundation
import Testing
@testable import Persistence

/// The task service's contract, asserted once and run on every backend: the same calls
/// give the same answers on a SQLite file and on a PostgreSQL server.
struct TaskBackendTests {
    @Test(arguments: TestBackend.available)
    func addStoresANormalisedTaskThatReadsBackTheSame(backend: TestBackend) throws {
        let (database, user, lifetime) = try backend.makeDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(
            title: "  Pay bills \n", description: "electricity\nand gas", priority: .high,
            tags: ["#Home", "money", "home"], due: .day(day("2025-03-21")), recurrence: .monthly))
        #expect(task.title == "Pay bills")
        #expect(task.description == "electricity\nand gas")
        #expect(task.tags == ["home", "money"])
        #expect(task.priority == .high)
        #expect(task.due == .day(day("2025-03-21")))
        #expect(task.recurrence == .monthly)
        #expect(task.userID == user)
        #expect(!task.completed)
        #expect(task.createdAt == instant("2025-03-14T10:00:00Z"))
        #expect(task.updatedAt == task.createdAt)
        #expect(try tasks.task(id: task.id) == task)
        let timed = try tasks.add(TaskDraft(title: "Call", due: try Due.parse("2025-03-15T09:30:00+01:00", clock: fixedClock())))
        #expect(try tasks.task(id: timed.id).due?.normalized == "2025-03-15T09:30:00+01:00")
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func refusalsAndMissingTasksLeaveNothingBehind(backend: TestBackend) throws {
        let (database, _, lifetime) = try backend.makeDatabase()
        let tasks = TaskService.make(database)
        #expect(throws: TaskInputError.emptyTitle) { try tasks.add(TaskDraft(title: " \n\t ")) }
        #expect(throws: TaskInputError.invalidTag("no spaces")) { try tasks.add(TaskDraft(title: "x", tags: ["no spaces"])) }
        for call in [{ _ = try tasks.task(id: 42) }, { _ = try tasks.complete(id: 42) }, { _ = try tasks.delete(id: 42) },
                     { _ = try tasks.update(id: 42, TaskPatch(title: .set("y"))) }, { _ = try tasks.reopen(id: 42) }] {
            #expect(throws: TaskStoreError.notFound(42)) { try call() }
        }
        // A transaction whose body throws keeps nothing it wrote.
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try tasks.transaction { editor in
                _ = try editor.add(TaskDraft(title: "kept?"))
                throw Stop()
            }
        }
        #expect(try tasks.list(TaskQuery()).count == 0)
        #expect(try tasks.undoLastChange() == nil)
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func listFiltersSortsAndPages(backend: TestBackend) throws {
        let (database, _, lifetime) = try backend.makeDatabase()
        let tasks = TaskService.make(database)
        let bills = try tasks.add(TaskDraft(title: "pay Bills", priority: .low, tags: ["home"], due: .day(day("2025-03-20"))))
        let zebra = try tasks.add(TaskDraft(title: "Zebra 100%_done", description: "at the ZOO", priority: .high))
        let apple = try tasks.add(TaskDraft(title: "apple", tags: ["home", "food"],
                                            due: try Due.parse("2025-03-14T18:00:00Z", clock: fixedClock())))
        let done = try tasks.add(TaskDraft(title: "Émile", priority: .medium, due: .day(day("2025-03-13"))))
        _ = try tasks.complete(id: done.id)
        let gone = try tasks.add(TaskDraft(title: "gone"))
        _ = try tasks.delete(id: gone.id)
        let doneNow = try tasks.task(id: done.id)

        func ids(_ query: TaskQuery) throws -> [Int64] { try tasks.list(query).tasks.map(\.id) }
        #expect(try ids(TaskQuery()) == [bills.id, zebra.id, apple.id, done.id])
        #expect(try ids(TaskQuery(status: .pending)) == [bills.id, zebra.id, apple.id])
        #expect(try tasks.list(TaskQuery(status: .completed)).tasks == [doneNow])
        #expect(try ids(TaskQuery(priority: .high)) == [zebra.id])
        #expect(try ids(TaskQuery(tag: "#HOME")) == [bills.id, apple.id])
        #expect(try ids(TaskQuery(search: "bil")) == [bills.id])
        #expect(try ids(TaskQuery(search: "zoo")) == [zebra.id])
        #expect(try ids(TaskQuery(search: "0%_")) == [zebra.id])
        #expect(try ids(TaskQuery(search: "%")) == [zebra.id])
        #expect(try ids(TaskQuery(dueBefore: day("2025-03-14"))) == [apple.id, done.id])
        #expect(try ids(TaskQuery(sort: .due)) == [done.id, apple.id, bills.id, zebra.id])
        #expect(try ids(TaskQuery(sort: .priority)) == [zebra.id, done.id, bills.id, apple.id])
        #expect(try ids(TaskQuery(sort: .title)) == [apple.id, bills.id, zebra.id, done.id])
        let page = try tasks.list(TaskQuery(sort: .title, limit: 2))
        #expect(page.tasks.map(\.id) == [apple.id, bills.id])
        #expect(page.count == 4)
        #expect(page.truncated)
        #expect(try tasks.list(TaskQuery(limit: 0)) == TaskPage(tasks: [], count: 4, truncated: true))
        // The next page starts where `truncated` said the first stopped; the last is not truncated.
        let next = try tasks.list(TaskQuery(sort: .title, limit: 2, offset: 2))
        #expect(next.tasks.map(\.id) == [zebra.id, done.id])
        #expect(next.count == 4)
        #expect(!next.truncated)
        #expect(try ids(TaskQuery(sort: .title, offset: 3)) == [done.id])
        #expect(try tasks.list(TaskQuery(limit: 2, offset: 9)) == TaskPage(tasks: [], count: 4, truncated: false))
        #expect(try tasks.list(TaskQuery(tag: "home")).tasks.first?.tags == ["home"])
        #expect(try tasks.list(TaskQuery(tag: "food")).tasks.first?.tags == ["food", "home"])
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func completingARecurringTaskMakesTheNextOccurrence(backend: TestBackend) throws {
        let (database, _, lifetime) = try backend.makeDatabase()
        let tasks = TaskService.make(database)
        let rent = try tasks.add(TaskDraft(title: "Rent", tags: ["money"], due: .day(day("2025-03-31")), recurrence: .monthly))
        let completion = try tasks.complete(id: rent.id)
        #expect(completion.task.completed)
        #expect(completion.task.completedAt == instant("2025-03-14T10:00:00Z"))
        let next = try #require(completion.nextOccurrence)
        #expect(next.due == .day(day("2025-04-30")))
        #expect(next.tags == ["money"])
        #expect(next.recurrence == .monthly)
        #expect(!next.completed)
        #expect(try tasks.complete(id: rent.id).wasAlreadyCompleted)
        let reopened = try tasks.reopen(id: rent.id)
        #expect(!reopened.completed)
        #expect(reopened.completedAt == nil)
        #expect(try tasks.reminderCounts() == ReminderCounts(overdue: 0, dueToday: 0))
        _ = try tasks.add(TaskDraft(title: "late", due: .day(day("2025-03-13"))))
        _ = try tasks.add(TaskDraft(title: "today", due: try Due.parse("2025-03-14T18:00:00Z", clock: fixedClock())))
        #expect(try tasks.reminderCounts() == ReminderCounts(overdue: 1, dueToday: 1))
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func updateAndDeleteAreJournaledAndUndoneNewestFirst(backend: TestBackend) throws {
        let (database, _, lifetime) = try backend.makeDatabase()
        let clock = ManualClock()
        let tasks = TaskService.make(database, clock: clock.clock)
        let milk = try tasks.add(TaskDraft(title: "Buy milk", tags: ["shop"]))
        clock.advance(by: 60)
        let edited = try tasks.update(id: milk.id, TaskPatch(
            title: .set("Buy oat milk"), priority: .set(.high), tags: .set(["food"]), due: .set(.day(day("2025-03-20")))))
        #expect(edited.title == "Buy oat milk")
        #expect(edited.tags == ["food"])
        #expect(edited.updatedAt == instant("2025-03-14T10:01:00Z"))
        #expect(try tasks.update(id: milk.id, TaskPatch(title: .set("Buy oat milk"))) == edited)
        let cleared = try tasks.update(id: milk.id, TaskPatch(priority: .clear, due: .clear))
        #expect(cleared.priority == nil && cleared.due == nil)
        clock.advance(by: 60)
        let deleted = try tasks.delete(id: milk.id)
        #expect(deleted.deletedAt == instant("2025-03-14T10:02:00Z"))
        #expect(throws: TaskStoreError.notFound(milk.id)) { try tasks.task(id: milk.id) }
        #expect(try tasks.list(TaskQuery()).count == 0)

        let undoDelete = try #require(try tasks.undoLastChange())
        #expect(undoDelete.action == .delete)
        #expect(undoDelete.summary == "Undid: deleted #\(milk.id) Buy oat milk")
        #expect(try tasks.task(id: milk.id).title == "Buy oat milk")
        #expect(try tasks.undoLastChange()?.action == .update)
        #expect(try tasks.task(id: milk.id).priority == .high)
        let undoEdit = try #require(try tasks.undoLastChange())
        #expect(undoEdit.summary == "Undid: updated #\(milk.id) Buy oat milk")
        let restored = try tasks.task(id: milk.id)
        #expect(restored.title == "Buy milk" && restored.tags == ["shop"] && restored.priority == nil)
        let undoAdd = try #require(try tasks.undoLastChange())
        #expect(undoAdd.action == .add)
        #expect(undoAdd.summary == "Undid: added #\(milk.id) Buy milk")
        #expect(throws: TaskStoreError.notFound(milk.id)) { try tasks.task(id: milk.id) }
        #expect(try tasks.undoLastChange() == nil)
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func undoingARecurringCompletionRemovesTheOccurrenceItMade(backend: TestBackend) throws {
        let (database, _, lifetime) = try backend.makeDatabase()
        let tasks = TaskService.make(database)
        let gym = try tasks.add(TaskDraft(title: "Gym", due: .day(day("2025-03-14")), recurrence: .weekly))
        let next = try #require(try tasks.complete(id: gym.id).nextOccurrence)
        let undo = try #require(try tasks.undoLastChange())
        #expect(undo.action == .complete)
        #expect(undo.summary == "Undid: completed #\(gym.id) Gym")
        #expect(try tasks.task(id: gym.id) == undo.task)
        #expect(!undo.task.completed)
        #expect(throws: TaskStoreError.notFound(next.id)) { try tasks.task(id: next.id) }
        #expect(try tasks.list(TaskQuery()).tasks.map(\.id) == [gym.id])
        withExtendedLifetime(lifetime) {}
    }

    @Test(arguments: TestBackend.available)
    func historyListsATasksChangesNewestFirstWithWhatChanged(backend: TestBackend) throws {
        let (database, _, lifetime) = try backend.makeDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "Buy milk"))
        _ = try tasks.add(TaskDraft(title: "Other"))
        _ = try tasks.update(id: task.id, TaskPatch(title: .set("Buy oat milk"), due: .set(.day(day("2025-03-20")))))
        _ = try tasks.complete(id: task.id)
        _ = try tasks.undoLastChange()

        let history = try tasks.history(of: task.id, limit: 10)

        #expect(history.map(\.action) == [.complete, .update, .add])
        #expect(history.map(\.undone) == [true, false, false])
        #expect(history[1].fields == ["title: Buy milk → Buy oat milk", "due: none → 2025-03-20"])
        #expect(history.allSatisfy { $0.source == .tui })
        withExtendedLifetime(lifetime) {}
    }
}
