import Foundation
@testable import Persistence

/// The listing the window suites read: 40 tasks, ten of each title, with repeated
/// priorities and due dates (every third undated), so every sort has ties that only the id
/// breaks and a text filter keeps a quarter of them.
enum FortyTasks {
    static let titles = ["buy milk", "Call mom", "archive", "Zebra crossing"]

    /// The tasks on a fresh database of `backend`, added in one transaction as #1…#40;
    /// keep `lifetime` alive as long as the service.
    static func make(on backend: TestBackend) throws -> (tasks: TaskService, lifetime: AnyObject) {
        let (database, _, lifetime) = try backend.makeDatabase()
        let tasks = TaskService.make(database)
        try tasks.transaction { editor in
            for index in 0..<40 {
                _ = try editor.add(TaskDraft(
                    title: titles[index % 4],
                    priority: [Priority.low, .high, nil, .medium, .high][index % 5],
                    due: index % 3 == 0 ? nil : .day(day("2025-03-1\(index % 7)"))))
            }
        }
        return (tasks, lifetime)
    }
}
