import AgentCore
import Foundation
import Persistence
import TestSupport

/// A real database file in a fresh temp folder, with a task service on a fixed clock,
/// for tests that run tools the way the turn loop does: inside one transaction.
final class ToolTestStore {
    let folder: TemporaryFolder
    let tasks: TaskService

    static let clock = TaskClock.thursdayMorning

    init(user: String = "tester", clock: TaskClock = ToolTestStore.clock) throws {
        folder = try TemporaryFolder("tools")
        let database = try AppDatabase.open(path: folder.databasePath)
        tasks = TaskService(database: database, user: UserID(user), clock: clock, source: .agent)
    }

    /// Runs one tool call as the agent would and returns its result.
    func call(_ name: String, _ arguments: String) throws -> JSONValue {
        try tasks.transaction { TaskTool.run(name: name, arguments: arguments, editor: $0) }
    }
}
