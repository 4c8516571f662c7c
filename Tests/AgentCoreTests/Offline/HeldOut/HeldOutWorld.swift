import Foundation
import Persistence
import TestSupport
@testable import AgentCore

/// A fresh database holding the facts every held-out row may refer to, and a conversation
/// with the offline engine whose calls run on it as the turn loop runs them.
final class HeldOutWorld {
    /// One tool call of the last message's turn and what the tool answered.
    struct Exchange {
        var name: String
        var arguments: JSONValue
        var result: JSONValue

        /// A call that changed something: completing a task that was already done did not.
        var isWrite: Bool {
            name != TaskTool.listTasks.rawValue && result["error"] == nil && result["already_completed"] == nil
        }
    }

    /// The tasks every row starts from; ids follow this order, and #5 is completed.
    static let facts: [String] = [
        #"{"title": "Buy groceries", "tags": ["shopping"]}"#,
        #"{"title": "Call the dentist", "priority": "high", "due": "tomorrow"}"#,
        #"{"title": "Pay rent", "due": "2026-12-01", "recurrence": "monthly"}"#,
        #"{"title": "Team meeting notes", "tags": ["work"]}"#,
        #"{"title": "Water the plants"}"#,
        #"{"title": "Book flights", "tags": ["travel"]}"#,
        #"{"title": "Renew passport"}"#,
        #"{"title": "Clean the garage", "priority": "low"}"#,
        #"{"title": "Email Sarah", "tags": ["work"], "due": "friday"}"#,
        #"{"title": "Fix the bike"}"#,
    ]

    static var clock: TaskClock { ToolTestStore.clock }

    /// The facts written once into a database file that every world starts as a copy of:
    /// migrating and seeding a file per row would cost most of the table's time.
    private static let template: Result<URL, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chattui-heldout-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("template.db")
        let tasks = TaskService(database: try AppDatabase.open(path: file.path), user: UserID("tester"), clock: clock, source: .agent)
        for fact in facts + [#"{"task_id": 5}"#] {
            let tool = fact.contains("task_id") ? "complete_task" : "add_task"
            _ = try tasks.transaction { AgentTools.run(name: tool, arguments: fact, editor: $0) }
        }
        return file
    }

    let folder: TemporaryFolder
    let tasks: TaskService

    init() throws {
        folder = try TemporaryFolder("heldout")
        let file = folder.file("chattui.db")
        try FileManager.default.copyItem(at: try Self.template.get(), to: file)
        tasks = TaskService(database: try AppDatabase.open(path: file.path), user: UserID("tester"), clock: Self.clock, source: .agent)
    }

    /// Sends every message and returns the last one's tool calls and its reply.
    func converse(_ messages: [String]) async throws -> (exchanges: [Exchange], reply: String) {
        var engine = EngineHarness(prompt: SystemPrompt.standard(clock: Self.clock, toolsEnabled: true))
        var exchanges: [Exchange] = []
        var reply = ""
        for message in messages {
            exchanges = []
            var step = try await engine.say(message)
            var steps = 0
            while case .calls(let calls) = step, steps < 8 {
                steps += 1
                var results: [String] = []
                for call in calls {
                    let result = try run(call.name, call.arguments)
                    exchanges.append(Exchange(name: call.name, arguments: JSONValue.parse(call.arguments), result: result))
                    results.append(result.text)
                }
                step = try await engine.answer(results)
            }
            reply = step.text ?? ""
        }
        return (exchanges, reply)
    }

    private func run(_ name: String, _ arguments: String) throws -> JSONValue {
        try tasks.transaction { AgentTools.run(name: name, arguments: arguments, editor: $0) }
    }
}
