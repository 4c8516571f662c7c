import Foundation
import Persistence
import Testing

/// The task review over more tasks than it holds: the true count, `G` to the very last task,
/// and the cursor keeping its task when another process changes the list.
extension TUITests {
    /// 5,000 pending tasks, "Task 1" to "Task 5000", added in one transaction.
    private func seedFiveThousand(_ sandbox: Sandbox) throws -> TaskService {
        let tasks = try sandbox.taskService()
        try tasks.transaction { editor in
            for index in 1...5_000 { _ = try editor.add(TaskDraft(title: "Task \(index)")) }
        }
        return tasks
    }

    @Test func fiveThousandTasksAreCountedAndBigGReachesTheLast() async throws {
        let sandbox = try Sandbox()
        _ = try seedFiveThousand(sandbox)
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)

        try await screen.press("F2")
        try await screen.waitFor("Tasks · pending (5000) · by created")

        try await screen.type("G")
        let end = try await screen.waitFor("#5000 ☐ Task 5000")
        #expect(end.contains("#4982 ☐ Task 4982"))

        // Two pages up, the cursor's task heads the screen.
        try await screen.press("PPage", "PPage")
        try await screen.waitFor("#4962 ☐ Task 4962")
        try await screen.type("g")
        try await screen.waitFor("the first task") { screen in
            screen.split(separator: "\n").contains { $0.hasSuffix("#1 ☐ Task 1") }
        }
    }

    @Test func theCursorKeepsItsTaskWhenAnotherProcessAddsInFront() async throws {
        let sandbox = try Sandbox()
        let tasks = try seedFiveThousand(sandbox)
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)
        try await screen.press("F2")
        try await screen.waitFor("Tasks · pending (5000)")
        try await screen.press("NPage", "Down")
        try await screen.waitFor("#21 ☐ Task 21")

        // Another process completes three tasks in front of the cursor: the cursor stays on
        // #21, and a space completes #21, not the task that slid into its row.
        for id in [2, 3, 4] as [Int64] { _ = try tasks.complete(id: id) }
        try await screen.waitFor("Tasks · pending (4997)")
        try await screen.press("Space")
        try await screen.waitFor("Completed #21 Task 21.")
        #expect(try tasks.task(id: 21).completed)
        #expect(try !tasks.task(id: 22).completed)
    }
}
