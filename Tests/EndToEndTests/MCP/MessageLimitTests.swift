import AgentCore
import Foundation
import Testing

/// The longest line `chattui mcp` reads is 8 MiB (docs/mcp.md). How fast it reads one is
/// measured by scripts/mcp_long_line.py, not here.
@Suite(.serialized) struct MessageLimitTests {
    static let limit = 8 * 1024 * 1024

    /// An `add_task` line of exactly `length` bytes.
    static func addTask(id: Int, length: Int) -> String {
        let head = #"{"jsonrpc":"2.0","id":\#(id),"method":"tools/call","params":{"name":"add_task","arguments":{"title":""#
        let tail = #""}}}"#
        return head + String(repeating: "x", count: length - head.utf8.count - tail.utf8.count) + tail
    }

    @Test func aLineOverTheLimitIsRefusedWithANullIdAndTheNextRequestIsServed() throws {
        let sandbox = try Sandbox()
        let after = #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"add_task","arguments":{"title":"Next"}}}"#
        let session = try RawSession(
            sandbox, lines: [RawSession.initialize, Self.addTask(id: 1, length: Self.limit + 1), after, RawSession.ping])

        let refused = session.answers(to: .null)
        #expect(refused.count == 1)
        #expect(refused.first?["error"]?["code"] == -32600)
        #expect(refused.first?["error"]?["message"]?.stringValue?.contains("\(Self.limit) bytes") == true)
        #expect(session.answers(to: 1).isEmpty, "the long line was skipped, not run")
        #expect(session.answers(to: 2).first?["result"]?["structuredContent"]?["title"] == "Next")
        #expect(session.answeredTheLastPing)
    }

    /// A line of exactly the limit is read and handed to the tool, which has its own
    /// opinion of an 8 MiB title: either way the answer carries the request's id.
    @Test func aLineOfExactlyTheLimitIsRead() throws {
        let session = try RawSession(
            Sandbox(), lines: [RawSession.initialize, Self.addTask(id: 1, length: Self.limit), RawSession.ping])
        #expect(session.answers(to: .null).isEmpty, "\(session.messages)")
        #expect(session.answers(to: 1).first?["result"] != nil)
        #expect(session.answeredTheLastPing)
    }
}
