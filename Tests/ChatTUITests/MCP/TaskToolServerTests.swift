import AgentCore
import Foundation
import Logging
import MCP
import Persistence
import TestSupport
import Testing
@testable import ChatTUI

@Suite struct TaskToolServerTests {
    /// A server for `user` on a database of its own, removed with the value.
    private final class Fixture {
        let folder: TemporaryFolder
        let database: AppDatabase
        let server: TaskToolServer

        init(user: String = "alice") throws {
            folder = try TemporaryFolder("mcp")
            let database = try AppDatabase.open(path: folder.databasePath)
            self.database = database
            server = TaskToolServer(
                tasks: Self.service(database, user: user, source: .mcp),
                logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        }

        /// Another session on the same database, such as the TUI's.
        func service(user: String) -> TaskService {
            Self.service(database, user: user, source: .tui)
        }

        private static func service(_ database: AppDatabase, user: String, source: ChangeSource) -> TaskService {
            let clock = TaskClock.fixed(
                Date(timeIntervalSince1970: 1_795_685_400), timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
            return TaskService(database: database, user: UserID(user), clock: clock, source: source)
        }

        func call(_ name: String, _ arguments: [String: Value] = [:]) async -> CallTool.Result {
            await server.call(CallTool.Parameters(name: name, arguments: arguments))
        }
    }

    private func text(_ result: CallTool.Result) -> String {
        result.content.map { content in
            if case .text(let text, _, _) = content { text } else { "" }
        }.joined()
    }

    @Test func theListNamesTheFiveToolsWithAgentCoresSchemas() {
        #expect(TaskToolServer.tools.map(\.name) == TaskTool.allCases.map(\.rawValue))
        for (listed, tool) in zip(TaskToolServer.tools, TaskTool.allCases) {
            #expect(listed.inputSchema == Value(tool.inputSchema))
            #expect(listed.outputSchema == Value(tool.outputSchema))
            #expect(listed.description == tool.definition.description)
            #expect(listed.annotations.readOnlyHint == (tool == .listTasks))
            #expect(listed.annotations.openWorldHint == false)
        }
    }

    @Test func aResultCarriesItsJSONAsTextAndAsStructuredContent() async throws {
        let fixture = try Fixture()
        let result = await fixture.call("add_task", ["title": "Buy milk", "tags": ["Home"]])
        #expect(result.isError != true)
        let structured = try #require(result.structuredContent)
        #expect(try JSONValue(parsing: text(result)) == JSONValue(structured))
        #expect(JSONValue(structured)["tags"] == ["home"])
    }

    @Test func callsActForTheSessionsUserOnly() async throws {
        let fixture = try Fixture(user: "alice")
        _ = await fixture.call("add_task", ["title": "Alice's task"])
        _ = try fixture.service(user: "bob").add(TaskDraft(title: "Bob's task"))
        let listed = await fixture.call("list_tasks")
        let titles = listed.structuredContent.map(JSONValue.init)?["tasks"]?.arrayValue?.compactMap { $0["title"]?.stringValue }
        #expect(titles == ["Alice's task"])
        #expect(try fixture.service(user: "alice").list(TaskQuery()).tasks.map(\.title) == ["Alice's task"])
    }

    @Test(arguments: [
        ("add_task", ["priority": "high"], "title is required"),
        ("add_task", ["title": 7], "title must be a string"),
        ("complete_task", ["task_id": 41], "task 41 not found"),
        ("update_task", ["task_id": 1, "title": "Renamed"], "task 1 not found"),
        ("no_such_tool", [:], "unknown tool 'no_such_tool'"),
    ] as [(String, [String: Value], String)])
    func badInputIsAFlaggedResultWithTheReason(name: String, arguments: [String: Value], reason: String) async throws {
        let fixture = try Fixture()
        let result = await fixture.call(name, arguments)
        #expect(result.isError == true)
        #expect(text(result).contains(reason), "\(text(result))")
        #expect(result.structuredContent == nil)
    }

    /// The SDK's own client, over its in-memory transport: the handlers are wired up.
    @Test func anMCPClientListsAndCallsTheTools() async throws {
        let fixture = try Fixture()
        let (clientSide, serverSide) = await InMemoryTransport.createConnectedPair()
        let server = await fixture.server.makeServer()
        try await server.start(transport: serverSide)
        let client = Client(name: "test", version: "1")
        _ = try await client.connect(transport: clientSide)

        let listed = try await client.listTools()
        #expect(listed.tools.count == 5)
        let added = try await client.callTool(name: "add_task", arguments: ["title": "Over the wire"])
        #expect(added.isError != true)
        let refused = try await client.callTool(name: "delete_task", arguments: ["task_id": 99])
        #expect(refused.isError == true)
        #expect(try fixture.service(user: "alice").list(TaskQuery()).tasks.map(\.title) == ["Over the wire"])

        await client.disconnect()
        await server.stop()
    }
}
