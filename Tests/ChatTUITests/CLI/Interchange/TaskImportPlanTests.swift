import Foundation
import Persistence
import Testing
@testable import ChatTUI

@Suite struct TaskImportPlanTests {
    private let stored = [
        storedTask(1, "Call mom", tags: ["family"], due: .day(LocalDate("2026-12-04")!), description: "about Sunday"),
        storedTask(2, "Buy milk"),
        storedTask(3, "Buy milk"),
    ]

    private func imported(_ title: String, due: Due? = nil, completed: Bool = false, tags: [String] = []) -> ImportedTask {
        ImportedTask(TaskDraft(title: title, tags: tags, due: due), completed: completed)
    }

    @Test func aTaskIsTheSameByTitleIgnoringCaseAndByDueDate() {
        let plan = TaskImportPlan(importing: [
            imported(" CALL MOM ", due: .day(LocalDate("2026-12-04")!), tags: ["family"]),
            imported("Call mom", due: .day(LocalDate("2026-12-05")!)),
        ], into: stored, format: .taskwarrior)
        #expect(plan.unchanged == 0 && plan.updated == 1 && plan.added == 1)
        // From Taskwarrior, a missing annotation clears the description
        guard case .update(let task, _, let changes) = plan.steps[0] else {
            Issue.record("\(plan.steps[0])")
            return
        }
        #expect(task.id == 1)
        #expect(changes == ["no description"])
    }

    @Test func todoTxtLeavesDescriptionsAlone() {
        let plan = TaskImportPlan(importing: [imported("Call mom", due: .day(LocalDate("2026-12-04")!), tags: ["family"])],
                                  into: stored, format: .todotxt)
        #expect(plan.unchanged == 1)
    }

    @Test func duplicatesPairOffOneByOne() {
        let plan = TaskImportPlan(importing: [imported("Buy milk"), imported("buy milk", completed: true), imported("Buy milk")],
                                  into: stored, format: .todotxt)
        #expect(plan.unchanged == 1 && plan.updated == 1 && plan.added == 1)
        guard case .update(let task, let patch, let changes) = plan.steps[1] else {
            Issue.record("\(plan.steps[1])")
            return
        }
        #expect(task.id == 3)
        #expect(patch.completed == true)
        #expect(changes == ["completed"])
    }

    @Test func everyCarriedFieldIsTakenFromTheFile() {
        let file = ImportedTask(TaskDraft(title: "Buy milk", priority: .low, tags: ["Shop"], recurrence: .weekly))
        let plan = TaskImportPlan(importing: [file], into: [stored[1]], format: .json)
        guard case .update(_, let patch, let changes) = plan.steps[0] else {
            Issue.record("\(plan.steps[0])")
            return
        }
        #expect(patch.priority == .set(.low))
        #expect(patch.tags == .set(["shop"]))
        #expect(patch.recurrence == .set(.weekly))
        #expect(changes == ["priority low", "tags #shop", "repeats weekly"])
    }
}
