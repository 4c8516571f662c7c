import Foundation
import Testing

/// What an MCP client sends reaches the server's stderr log only made inert.
@Suite(.serialized) struct MCPStderrTests {
    @Test func aHostileToolNameIsLoggedWithoutItsEscapeSequences() throws {
        let hostile = #"x\u001b]0;owned\u0007\u001b[2Jy\u001b]52;c;b3duZWQ=\u0007"#
        let lines = [
            RawSession.initialize, RawSession.initialized,
            #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"\#(hostile)","arguments":{}}}"#,
        ]
        let run = try Sandbox().run(["mcp"], stdin: lines.joined(separator: "\n") + "\n")

        #expect(run.status == 0)
        #expect(run.stderr.contains("tool call refused"), "\(run.stderr)")
        #expect(run.stderr.contains("xy"), "\(run.stderr)")
        let controls = run.stderr.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
        }
        #expect(controls.isEmpty, "\(run.stderr.debugDescription)")
    }
}
