import AgentCore
import Foundation
import Persistence

/// A real database file in a fresh temp folder, with a task service on a fixed clock,
/// for tests that run tools the way the turn loop does: inside one transaction.
final class ToolTestStore {
    let folder: URL
    let tasks: TaskService

    /// Thursday 26 November 2026, 09:30 UTC.
    static let clock = TaskClock.fixed(Date(timeIntervalSince1970: 1_795_685_400), timeZone: TimeZone(identifier: "UTC")!)

    init(user: String = "tester", clock: TaskClock = ToolTestStore.clock) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chattui-tools-\(UUID().uuidString)")
        let database = try AppDatabase.open(path: folder.appendingPathComponent("chattui.db").path)
        tasks = TaskService(database: database, user: UserID(user), clock: clock, source: .agent)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs one tool call as the agent would and returns its result.
    func call(_ name: String, _ arguments: String) throws -> JSONValue {
        try tasks.transaction { TaskTool.run(name: name, arguments: arguments, editor: $0) }
    }
}
