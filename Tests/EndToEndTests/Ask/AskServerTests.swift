import AgentCore
import Foundation
import Persistence
import Testing
import TestSupport

/// `chattui ask` against the fake OpenAI-compatible server, which checks every request
/// against OpenAI's schema and tool-ordering rules.
@Suite(.serialized) struct AskServerTests {
    @Test(arguments: StoreBackend.available)
    func aReplyStreamsToStdoutAndIsStoredWithModelAndUsage(backend: StoreBackend) async throws {
        let server = try await FakeOpenAIServer.start(script: """
            [{"text": "Hello from the fake server.", "chunk_size": 3,
              "usage": {"prompt_tokens": 900, "completion_tokens": 7, "total_tokens": 907}}]
            """)
        let sandbox = try Sandbox(backend: backend)
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "Say hello"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Hello from the fake server.\n")
        #expect(run.errorLines == ["conversation 1"])
        let request = try #require(try server.recordedRequests().first)
        #expect(request["model"] == "gpt-4o-mini")
        #expect(request["stream"] == true)
        #expect(request.headers["authorization"] == "Bearer <redacted>")
        #expect(request["tools"]?.arrayValue?.count == 5)
        try server.expectEveryRequestValid()
        let reply = try #require(try await sandbox.storedMessages(in: 1).last)
        #expect(reply.content == "Hello from the fake server.")
        #expect(reply.model == "gpt-4o-mini")
        #expect(reply.usage == TokenUsage(promptTokens: 900, completionTokens: 7, totalTokens: 907))
    }

    @Test(arguments: StoreBackend.available)
    func aToolCallSplitAcrossChunksChangesTheDatabase(backend: StoreBackend) async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"tool_calls": [{"name": "add_task", "arguments": "{\"title\": \"Buy groceries\", \"priority\": \"high\"}"}],
              "split": 5},
             {"text": "Added Buy groceries."}]
            """#)
        let sandbox = try Sandbox(backend: backend)
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "Add a task to buy groceries, it's urgent"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Added Buy groceries.\n")
        #expect(run.errorLines == ["✓ add_task  #1 Buy groceries", "conversation 1"])
        let tasks = try await sandbox.listedTasks()
        #expect(tasks.map { $0["title"] } == ["Buy groceries"])
        #expect(tasks.first?["priority"] == "high")
        try server.expectEveryRequestValid()
        let second = try #require(try server.recordedRequests().last?["messages"]?.arrayValue)
        #expect(second.map { $0["role"]?.stringValue } == ["system", "user", "assistant", "tool"])
        #expect(second[2]["tool_calls"]?.arrayValue?.first?["function"]?["name"] == "add_task")
        #expect(second[3]["content"]?.stringValue?.contains(#""task_id":1"#) == true)
    }

    @Test(arguments: StoreBackend.available)
    func aLaterProcessSendsTheEarlierExchange(backend: StoreBackend) async throws {
        let server = try await FakeOpenAIServer.start(script: """
            [{"text": "Nice to meet you, Ada."}, {"text": "Your name is Ada."}]
            """)
        let sandbox = try Sandbox(backend: backend)
        sandbox.use(server)

        _ = try await sandbox.launch(["ask", "My name is Ada."])
        let run = try await sandbox.launch(["ask", "-r", "1", "What is my name?"])

        #expect(run.stdout == "Your name is Ada.\n")
        let requests = try server.recordedRequests()
        #expect(requests.count == 2)
        let messages = try #require(requests.last?["messages"]?.arrayValue)
        #expect(messages.dropFirst().map { [$0["role"], $0["content"]] } == [
            ["user", "My name is Ada."], ["assistant", "Nice to meet you, Ada."], ["user", "What is my name?"],
        ])
        try server.expectEveryRequestValid()
    }

    @Test func jsonGivesTheWholeTurnAsOneObject() async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"tool_calls": [{"name": "complete_task", "arguments": "{\"task_id\": 42}", "id": "call_x"}]},
             {"text": "There is no task 42.", "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}]
            """#)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "--json", "--model", "test-model", "Finish task 42"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let object = try JSONValue(parsing: run.stdout)
        #expect(object["conversation_id"] == 1)
        #expect(object["reply"] == "There is no task 42.")
        #expect(object["interrupted"] == false)
        #expect(object["model"] == "test-model")
        #expect(object["usage"]?["total_tokens"] == 15)
        let call = try #require(object["tool_calls"]?.arrayValue?.first)
        #expect(call["name"] == "complete_task")
        #expect(call["arguments"] == #"{"task_id": 42}"#)
        #expect(call["result"] == ["error": "task 42 not found"])
        #expect(try server.recordedRequests().allSatisfy { $0["model"] == "test-model" })
    }

    @Test func aFailedToolCallIsAMarkedLineOnStderr() async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"tool_calls": [{"name": "complete_task", "arguments": "{\"task_id\": 42}"}]}, {"text": "No such task."}]
            """#)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "Finish task 42"])

        #expect(run.errorLines == ["✗ complete_task  task 42 not found", "conversation 1"])
    }

    @Test func systemAndNoToolsShapeTheRequest() async throws {
        let server = try await FakeOpenAIServer.start()
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "--system", "Answer in French.", "--no-tools", "Hello"])

        #expect(run.status == 0, "\(run.stderr)")
        let request = try #require(try server.recordedRequests().first)
        #expect(request["messages"]?.arrayValue?.first?["content"] == "Answer in French.")
        #expect(request["tools"] == nil)
        try server.expectEveryRequestValid()
    }

    @Test func escapeSequencesNeverReachTheTerminalButJSONKeepsThemEscaped() async throws {
        let hostile = #"Safe \u001b[2J\u001b]0;owned\u0007text \u001b[31mred\u001b[0m."#
        let server = try await FakeOpenAIServer.start(script: """
            [{"text": "\(hostile)", "chunk_size": 2}, {"text": "\(hostile)", "chunk_size": 2}]
            """)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let text = try await sandbox.launch(["ask", "Be hostile"])
        let json = try await sandbox.launch(["ask", "--json", "Again"])

        #expect(text.stdout == "Safe text red.\n")
        let reply = try JSONValue(parsing: json.stdout)["reply"]?.stringValue
        #expect(reply == "Safe \u{1B}[2J\u{1B}]0;owned\u{07}text \u{1B}[31mred\u{1B}[0m.")
        #expect(!json.stdout.contains("\u{1B}"))
    }

    @Test func aReplyCutOffByTheLengthLimitSaysSo() async throws {
        let server = try await FakeOpenAIServer.start(script: """
            [{"text": "The list goes on and", "finish_reason": "length"}]
            """)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "List everything"])

        #expect(run.status == 0)
        #expect(run.stdout == "The list goes on and\n")
        #expect(run.stderr.contains("cut off"))
    }

    @Test func aBaseURLFlagAloneChoosesTheServer() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "From the flag."}]"#)
        let sandbox = try Sandbox()

        let run = try await sandbox.launch(["ask", "--base-url", server.baseURL, "Hi"])
        let offline = try await sandbox.launch(["ask", "--base-url", server.baseURL, "--offline", "-r", "1", "hello"])

        #expect(run.stdout == "From the flag.\n")
        #expect(try server.recordedRequests().count == 1)
        #expect(try server.recordedRequests().first?.headers["authorization"] == nil)
        #expect(offline.status == 0)
        #expect(try await sandbox.storedMessages(in: 1).last?.model == "offline")
    }
}
