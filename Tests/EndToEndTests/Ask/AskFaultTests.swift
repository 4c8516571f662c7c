import AgentCore
import Foundation
import Persistence
import Testing
import TestSupport

/// Each server fault gives its one-line message and a failing status, and leaves the
/// database consistent: the user's message kept, and of the failed step only the text
/// that had streamed, marked interrupted.
@Suite(.serialized) struct AskFaultTests {
    struct Fault: CustomTestStringConvertible, Sendable {
        var name: String
        var script: String
        var message: String
        /// What had streamed before the fault, kept as an interrupted reply.
        var kept = ""
        var testDescription: String { name }
    }

    static let faults = [
        Fault(name: "401", script: #"[{"status": 401, "message": "Incorrect API key provided"}]"#,
              message: "The server refused the API key (HTTP 401)"),
        Fault(name: "500 until the retries run out",
              script: #"[{"status": 500, "retry_after": 0}, {"status": 500, "retry_after": 0},"#
                + #" {"status": 500, "retry_after": 0}, {"status": 500, "retry_after": 0}]"#,
              message: "The server failed (HTTP 500)"),
        Fault(name: "a stream dropped midway", script: #"[{"text": "partial reply here", "chunk_size": 2, "drop_after_chunks": 3}]"#,
              message: "the connection closed before the server finished", kept: "part"),
        Fault(name: "a tool call dropped midway",
              script: #"[{"tool_calls": [{"name": "add_task", "arguments": "{\"title\": \"Half\"}"}], "split": 2, "drop_after_chunks": 3}]"#,
              message: "the connection closed before the server finished"),
        Fault(name: "a model without tools",
              script: #"[{"status": 400, "message": "registry.ollama.ai/library/gemma:2b does not support tools"}]"#,
              message: "cannot use tools (registry.ollama.ai/library/gemma:2b does not support tools) — pick a model with tool support, or run with --no-tools"),
        Fault(name: "a malformed chunk", script: #"[{"text": "abcdefghijklmnop", "chunk_size": 4, "malformed": true}]"#,
              message: "not a chat completion chunk"),
    ]

    @Test(arguments: faults)
    func aFaultGivesOneLineAndKeepsTheUserMessage(fault: Fault) async throws {
        let server = try await FakeOpenAIServer.start(script: fault.script)
        let sandbox = try Sandbox()
        sandbox.use(server, key: "sk-secret-do-not-show")

        let run = try await sandbox.launch(["ask", "Add a task to fix the roof"])

        #expect(run.status == 1)
        #expect(run.errorLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains(fault.message), "\(run.stderr)")
        #expect(run.stderr.contains("(conversation 1; to try again: chattui ask --retry -r 1)"))
        #expect(!run.stderr.contains("sk-secret"))
        try await expectOnlyTheUserMessage(in: sandbox, kept: fault.kept)
        try server.expectEveryRequestValid()
    }

    @Test func aRefusedConnectionSaysSoAndKeepsTheUserMessage() async throws {
        let sandbox = try Sandbox()
        sandbox.environment["OPENAI_BASE_URL"] = "http://127.0.0.1:\(try Self.closedPort())/v1"

        let run = try await sandbox.launch(["ask", "Add a task to fix the roof"])

        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains("Could not connect to http://127.0.0.1"), "\(run.stderr)")
        try await expectOnlyTheUserMessage(in: sandbox)
    }

    @Test func aRateLimitThenSuccessAnswers() async throws {
        let server = try await FakeOpenAIServer.start(script: """
            [{"status": 429, "retry_after": 0}, {"text": "Got there in the end."}]
            """)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "Hello?"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Got there in the end.\n")
        #expect(try server.recordedRequests().count == 2)
        #expect(try await sandbox.storedMessages(in: 1).map(\.role) == [.user, .assistant])
    }

    @Test func aConversationCanContinueAfterAFault() async throws {
        let server = try await FakeOpenAIServer.start(script: """
            [{"status": 400, "message": "Something was off"}, {"text": "Second time lucky."}]
            """)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let failed = try await sandbox.launch(["ask", "First try"])
        let run = try await sandbox.launch(["ask", "-r", "1", "Second try"])

        #expect(failed.stderr.contains("Something was off"))
        #expect(run.status == 0)
        let messages = try #require(try server.recordedRequests().last?["messages"]?.arrayValue)
        #expect(messages.dropFirst().map { $0["content"] } == ["First try", "Second try"])
        try server.expectEveryRequestValid()
    }

    private func expectOnlyTheUserMessage(in sandbox: Sandbox, kept: String = "") async throws {
        let messages = try await sandbox.storedMessages(in: 1)
        #expect(messages.map(\.role) == (kept.isEmpty ? [.user] : [.user, .assistant]))
        #expect(messages.first?.content == "Add a task to fix the roof")
        if !kept.isEmpty {
            #expect(messages.last?.content == kept)
            #expect(messages.last?.interrupted == true)
        }
        #expect(try await sandbox.listedTasks().isEmpty)
    }

    /// A port nothing listens on: bound, read, and closed again.
    private static func closedPort() throws -> Int {
        let socket = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
