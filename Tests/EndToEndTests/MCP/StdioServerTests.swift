import AgentCore
import Foundation
import Testing

/// `chattui mcp` spoken to line by line, as a client that writes and then closes stdin.
@Suite(.serialized) struct StdioServerTests {
    @Test func everyLineIsAnsweredAndTheServerExitsCleanlyWhenInputEnds() throws {
        let sandbox = try Sandbox()
        let lines = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}"#,
            #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"add_task","arguments":{"title":"Piped in"}}}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"server/discover","params":{}}"#,
            #"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"arguments":{}}}"#,
            #"{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"rm_rf","arguments":{}}}"#,
            #"this is not JSON {"#,
        ]
        let output = try sandbox.outputFile("stdout")
        let errors = try sandbox.outputFile("stderr")
        let input = Pipe()
        let server = try ChildProcess(
            Sandbox.binary, ["mcp"], environment: sandbox.environment, stdin: input, stdout: output.handle,
            stderr: errors.handle)
        input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()

        #expect(server.waitForExit(within: 30) == .exited(0))
        let messages = try String(contentsOf: output.url, encoding: .utf8).split(separator: "\n").map {
            try JSONValue(parsing: String($0))
        }
        #expect(messages.allSatisfy { $0["jsonrpc"] == "2.0" }, "only protocol on stdout")
        let answers = Dictionary(messages.compactMap { m in m["id"]?.intValue.map { ($0, m) } }) { first, _ in first }
        #expect(Set(answers.keys) == [1, 2, 3, 4, 5, 6])
        #expect(answers[1]?["result"]?["serverInfo"]?["name"] == "chattui")
        #expect(answers[2]?["result"]?["tools"]?.arrayValue?.count == 5)
        #expect(answers[3]?["result"]?["structuredContent"]?["title"] == "Piped in")
        #expect(answers[4]?["error"]?["code"] == -32601, "an unknown method is a JSON-RPC error")
        #expect(answers[5]?["error"]?["code"] != nil, "a call without a tool name is a JSON-RPC error")
        #expect(answers[6]?["result"]?["isError"] == true, "an unknown tool is a tool error")
        #expect(messages.contains { $0["error"]?["code"] == -32700 }, "a line that is not JSON gets a parse error")

        let stored = try sandbox.run(["tasks", "--json"])
        #expect(try JSONValue(parsing: stored.stdout)["tasks"]?.arrayValue?.first?["title"] == "Piped in")
    }

    enum Ending: String, CaseIterable { case endOfInput, sigterm, sigint }

    /// O_NONBLOCK belongs to the open file: the test keeps duplicates of the pipes it
    /// hands over, so it sees the flags the server sets and whether they come back.
    @Test(arguments: Ending.allCases)
    func stdinAndStdoutAreBlockingAgainHoweverTheServerEnds(ending: Ending) throws {
        let sandbox = try Sandbox()
        let input = Pipe()
        let output = Pipe()
        let inputCopy = dup(input.fileHandleForReading.fileDescriptor)
        let outputCopy = dup(output.fileHandleForWriting.fileDescriptor)
        defer {
            close(inputCopy)
            close(outputCopy)
        }
        let errors = try sandbox.outputFile("stderr")
        let server = try ChildProcess(
            Sandbox.binary, ["mcp"], environment: sandbox.environment, stdin: input, stdout: output,
            stderr: errors.handle)

        let connected = server.waitUntil(within: 30) { Self.isNonBlocking(inputCopy) }
        try #require(connected, "the server never made stdin non-blocking")
        #expect(Self.isNonBlocking(outputCopy))
        switch ending {
        case .endOfInput: try input.fileHandleForWriting.close()
        case .sigterm: server.process.terminate()
        case .sigint: server.process.interrupt()
        }
        let expected: ChildProcess.Ending =
            switch ending {
            case .endOfInput: .exited(0)
            case .sigterm: .signalled(SIGTERM)
            case .sigint: .signalled(SIGINT)
            }
        #expect(server.waitForExit(within: 30) == expected)
        #expect(!Self.isNonBlocking(inputCopy))
        #expect(!Self.isNonBlocking(outputCopy))
    }

    @Test func chatOptionsAreUsageErrorsAndNothingReachesStdout() throws {
        let run = try Sandbox().run(["mcp", "--model", "x"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("'--model' does not apply to 'chattui mcp'"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aDatabaseThatCannotBeOpenedFailsBeforeAnyProtocol() throws {
        let run = try Sandbox().run(["mcp", "--db", "/dev/null/chattui.db"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("/dev/null/chattui.db"))
    }

    private static func isNonBlocking(_ descriptor: Int32) -> Bool {
        fcntl(descriptor, F_GETFL) & O_NONBLOCK != 0
    }
}
