import Foundation
import Testing

/// What an MCP client sends reaches the server's stderr log only made inert.
@Suite(.serialized) struct MCPStderrTests {
    @Test func aHostileToolNameIsLoggedWithoutItsEscapeSequences() throws {
        let sandbox = try Sandbox()
        let hostile = #"x\u001b]0;owned\u0007\u001b[2Jy\u001b]52;c;b3duZWQ=\u0007"#
        let lines = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}"#,
            #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"\#(hostile)","arguments":{}}}"#,
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
        let log = try String(contentsOf: errors.url, encoding: .utf8)
        #expect(log.contains("tool call refused"), "\(log)")
        #expect(log.contains("xy"), "\(log)")
        let controls = log.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty, "\(log.debugDescription)")
    }
}
