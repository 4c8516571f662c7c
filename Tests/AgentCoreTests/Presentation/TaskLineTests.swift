import Foundation
import Persistence
import Testing
@testable import AgentCore

@Suite struct TaskLineTests {
    private func task(_ title: String, completed: Bool = false, due: Due? = nil) -> TodoTask {
        TodoTask(
            id: 3, userID: UserID("tester"), title: title, description: nil, completed: completed, priority: .high,
            tags: ["work"], due: due, recurrence: nil, createdAt: Date(), updatedAt: Date(), completedAt: nil,
            deletedAt: nil)
    }

    @Test func aStoredTaskReadsAsOneLine() {
        let line = TaskLine(task("Buy groceries", due: .day(LocalDate("2026-11-27")!)), clock: ToolTestStore.clock)
        #expect(line.text == "#3 ☐ Buy groceries — due Fri 27 Nov · high · #work")
    }

    @Test func aPendingTaskPastItsDayIsMarkedOverdue() {
        let yesterday = task("Pay bills", due: .day(LocalDate("2026-11-25")!))
        #expect(TaskLine(yesterday, clock: ToolTestStore.clock).text.contains("due Wed 25 Nov (overdue)"))
        let done = task("Pay bills", completed: true, due: .day(LocalDate("2026-11-25")!))
        #expect(!TaskLine(done, clock: ToolTestStore.clock).text.contains("overdue"))
    }
}
