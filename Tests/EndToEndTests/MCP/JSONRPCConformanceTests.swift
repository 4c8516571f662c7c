import AgentCore
import Foundation
import Testing

/// Malformed JSON-RPC sent to a real `chattui mcp`, one case per session after the
/// handshake: each gets the error JSON-RPC 2.0 prescribes, and a `ping` after it is
/// still answered.
@Suite(.serialized) struct JSONRPCConformanceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let line: String
        let code: Int64
        /// The id the error must carry: the request's own, or null when it could not be read.
        let id: JSONValue
        let message: String
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        Case(line: #"{"jsonrpc":"2.0","id":1,"#, code: -32700, id: nil, message: "not valid JSON"),
        Case(line: #"[1,"#, code: -32700, id: nil, message: "not valid JSON"),
        Case(line: #"42"#, code: -32600, id: nil, message: "JSON object"),
        Case(line: #"{"id":2,"method":"ping"}"#, code: -32600, id: 2, message: "\"jsonrpc\" must be \"2.0\""),
        Case(line: #"{"jsonrpc":"1.0","id":3,"method":"ping"}"#, code: -32600, id: 3, message: "\"jsonrpc\""),
        Case(line: #"{"jsonrpc":"2.0","id":4}"#, code: -32600, id: 4, message: "no \"method\""),
        Case(line: #"{"jsonrpc":"2.0","id":5,"method":7}"#, code: -32600, id: 5, message: "\"method\" must be a string"),
        Case(line: #"{"jsonrpc":"2.0","id":{"n":6},"method":"ping"}"#, code: -32600, id: nil, message: "an object"),
        Case(line: #"{"jsonrpc":"2.0","id":[7],"method":"ping"}"#, code: -32600, id: nil, message: "an array"),
        Case(line: #"{"jsonrpc":"2.0","id":8.5,"method":"ping"}"#, code: -32600, id: nil, message: "not a 64-bit integer"),
        Case(line: #"{"jsonrpc":"2.0","id":true,"method":"ping"}"#, code: -32600, id: nil, message: "a boolean"),
        Case(line: #"{"jsonrpc":"2.0","id":null,"method":"ping"}"#, code: -32600, id: nil, message: "not null"),
        Case(line: #"{"jsonrpc":"2.0","id":9,"method":"tools/list","params":"all"}"#, code: -32602, id: 9,
             message: "\"params\" must be an object"),
        Case(line: #"{"jsonrpc":"2.0","id":10,"method":"tools/list","params":[1]}"#, code: -32602, id: 10,
             message: "params must be an object"),
        Case(line: #"{"jsonrpc":"2.0","id":11,"method":"tools/call"}"#, code: -32602, id: 11,
             message: "tools/call needs \"params\""),
        Case(line: #"{"jsonrpc":"2.0","id":12,"method":"tools/call","params":{"arguments":{}}}"#, code: -32602,
             id: 12, message: "params.name is missing"),
        Case(line: #"{"jsonrpc":"2.0","id":"13","method":"tools/call","params":{"name":"add_task","arguments":"t"}}"#,
             code: -32602, id: "13", message: "params.arguments must be an object"),
        Case(line: #"{"jsonrpc":"2.0","id":14,"method":"server/discover"}"#, code: -32601, id: 14, message: "server/discover"),
        Case(line: #"[]"#, code: -32600, id: nil, message: "an empty batch"),
        Case(line: #"[{"jsonrpc":"2.0","id":15,"method":"ping"}]"#, code: -32600, id: nil, message: "batches"),
    ]

    @Test(arguments: cases)
    func aMalformedMessageGetsItsJSONRPCErrorAndTheServerGoesOn(_ test: Case) throws {
        let session = try RawSession(
            Sandbox(), lines: [RawSession.initialize, RawSession.initialized, test.line, RawSession.ping])

        #expect(session.status == 0)
        let errors = session.messages.filter { $0["error"] != nil }
        #expect(errors.count == 1, "\(session.messages)")
        #expect(errors.first?["id"] == test.id)
        #expect(errors.first?["error"]?["code"] == .int(test.code))
        let text = errors.first?["error"]?["message"]?.stringValue ?? ""
        #expect(text.contains(test.message), "\(text)")
        #expect(session.answeredTheLastPing)
        #expect(session.messages.count == 3, "initialize, the error and the ping: \(session.messages)")
    }

    @Test(arguments: [
        #"{"jsonrpc":"2.0","method":"notifications/cancelled","params":"x"}"#,
        #"{"jsonrpc":"2.0","method":"notifications/unknown","params":{}}"#,
        #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
    ])
    func aNotificationIsNeverAnswered(_ line: String) throws {
        let session = try RawSession(Sandbox(), lines: [RawSession.initialize, line, RawSession.ping])
        #expect(session.messages.count == 2, "\(session.messages)")
        #expect(session.answeredTheLastPing)
    }

    @Test func onlyPingIsAnsweredBeforeInitializeAndNothingIsRun() throws {
        let sandbox = try Sandbox()
        let early = #"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add_task","arguments":{"title":"Too early"}}}"#
        let list = #"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#
        let ping = #"{"jsonrpc":"2.0","id":3,"method":"ping"}"#
        let late = #"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"add_task","arguments":{"title":"In time"}}}"#
        let session = try RawSession(sandbox, lines: [early, list, ping, RawSession.initialize, late])

        for id: JSONValue in [1, 2] {
            #expect(session.answers(to: id).first?["error"]?["code"] == -32600)
            #expect(session.answers(to: id).first?["error"]?["message"]?.stringValue?.contains("initialize") == true)
        }
        #expect(session.answers(to: 3).first?["result"] == .object([]))
        #expect(session.answers(to: "init").first?["result"]?["serverInfo"]?["name"] == "chattui")
        #expect(session.answers(to: 4).first?["result"]?["structuredContent"]?["title"] == "In time")
        let stored = try JSONValue(parsing: sandbox.run(["tasks", "--json"]).stdout)
        #expect(stored["tasks"]?.arrayValue?.compactMap { $0["title"]?.stringValue } == ["In time"])
    }

    @Test func aFailedInitializeLeavesTheServerWaitingForAnother() throws {
        let broken = #"{"jsonrpc":"2.0","id":"bad","method":"initialize","params":{"protocolVersion":5}}"#
        let list = #"{"jsonrpc":"2.0","id":"list","method":"tools/list"}"#
        let session = try RawSession(Sandbox(), lines: [broken, list, RawSession.initialize, RawSession.ping])
        #expect(session.answers(to: "bad").first?["error"]?["code"] == -32602)
        #expect(session.answers(to: "list").first?["error"]?["code"] == -32600)
        #expect(session.answers(to: "init").first?["result"] != nil)
        #expect(session.answeredTheLastPing)
    }

    /// MCP 2025-03-26 is the one version with JSON-RPC batches: served whole, in one array.
    @Test func aBatchIsServedInTheVersionThatHasThem() throws {
        let initialize = RawSession.initialize.replacingOccurrences(of: "2025-06-18", with: "2025-03-26")
        let batch = #"[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/initialized"},{"jsonrpc":"2.0","id":2,"method":"tools/list"}]"#
        let invalid = #"[{"jsonrpc":"2.0","id":3,"method":"ping"},{"jsonrpc":"2.0","id":4.5,"method":"ping"}]"#
        let session = try RawSession(Sandbox(), lines: [initialize, batch, invalid, RawSession.ping])

        let arrays = session.messages.compactMap(\.arrayValue)
        #expect(arrays.count == 2, "\(session.messages)")
        let served = arrays.first { $0.contains { $0["id"] == 1 } } ?? []
        #expect(Set(served.compactMap { $0["id"]?.intValue }) == [1, 2])
        #expect(served.allSatisfy { $0["result"] != nil })
        let refused = arrays.first { $0.contains { $0["id"] == 3 } } ?? []
        #expect(refused.count == 2)
        #expect(refused.allSatisfy { $0["error"]?["code"] == -32600 })
        #expect(refused.contains { $0["id"] == .null })
        #expect(session.answeredTheLastPing)
    }
}
