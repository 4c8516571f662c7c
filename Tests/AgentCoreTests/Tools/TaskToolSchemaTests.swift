import AgentCore
import Foundation
import Persistence
import Testing

@Suite struct TaskToolSchemaTests {
    @Test(arguments: TaskTool.allCases)
    func theInputSchemaIsAClosedObjectWhoseRequiredFieldsExist(tool: TaskTool) throws {
        let schema = tool.inputSchema
        #expect(schema["type"] == "object")
        #expect(schema["additionalProperties"] == false)
        let properties = try #require(schema["properties"])
        let required = try #require(schema["required"]?.arrayValue).compactMap(\.stringValue)
        #expect(required.allSatisfy { properties[$0] != nil }, "\(required)")
    }

    @Test(arguments: TaskTool.allCases)
    func theModelIsGivenTheSameInputSchema(tool: TaskTool) throws {
        #expect(try JSONValue(parsing: tool.definition.parametersSchema) == tool.inputSchema)
    }

    @Test(arguments: TaskTool.allCases)
    func theOutputSchemaIsAClosedObjectWhoseRequiredFieldsExist(tool: TaskTool) throws {
        let schema = tool.outputSchema
        #expect(schema["type"] == "object")
        #expect(schema["additionalProperties"] == false)
        let properties = try #require(schema["properties"])
        let required = try #require(schema["required"]?.arrayValue).compactMap(\.stringValue)
        #expect(required.contains("task_id") || tool == .listTasks)
        #expect(required.allSatisfy { properties[$0] != nil }, "\(required)")
    }

    /// Every result shape, including the optional members, as the tools really produce it.
    @Test func everyResultMatchesItsOutputSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chattui-tools-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.open(path: folder.appendingPathComponent("tools.db").path)
        let clock = TaskClock.fixed(Date(timeIntervalSince1970: 1_795_685_400), timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
        let tasks = TaskService(database: database, user: UserID("tester"), clock: clock, source: .agent)
        let calls: [(TaskTool, String)] = [
            (.addTask, #"{"title": "Pay rent", "description": "by transfer", "priority": "high", "tags": ["home"], "due": "friday", "recurrence": "monthly"}"#),
            (.addTask, #"{"title": "Plain"}"#),
            (.listTasks, #"{}"#),
            (.listTasks, #"{"status": "pending", "sort": "due", "limit": 1}"#),
            (.completeTask, #"{"task_id": 1}"#),
            (.completeTask, #"{"task_id": 2}"#),
            (.updateTask, #"{"task_id": 3, "title": "Pay the rent", "priority": null, "tags": null, "due": "2026-12-31T18:00:00+01:00"}"#),
            (.deleteTask, #"{"task_id": 2}"#),
            (.listTasks, #"{"status": "all"}"#),
        ]
        for (tool, arguments) in calls {
            let result = try tasks.transaction { TaskTool.run(name: tool.rawValue, arguments: arguments, editor: $0) }
            #expect(!TaskTool.isError(result), "\(tool) \(arguments): \(result.text)")
            #expect(SchemaConformance.violations(of: result, against: tool.outputSchema) == [], "\(result.text)")
        }
    }

    @Test func theConformanceCheckCatchesAFieldTheSchemaDoesNotName() {
        let result: JSONValue = ["task_id": 1, "status": "deleted", "title": "x", "colour": "red"]
        #expect(SchemaConformance.violations(of: result, against: TaskTool.deleteTask.outputSchema) == [
            "$: colour is not in the schema"
        ])
    }
}
