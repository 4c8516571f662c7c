import AgentCore
import Foundation
import Testing
@testable import ChatTUI

@Suite struct MessageScreenTests {
    private func line(_ text: String) -> LineSplitter.Line { .message(Data(text.utf8)) }
    private let initialize =
        #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-03-26","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#
    private let list = #"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#

    private func errorCode(_ verdict: MessageScreen.Verdict) -> JSONValue? {
        if case .answer(let answer) = verdict { answer["error"]?["code"] } else { nil }
    }

    @Test func theSessionIsReadyOnlyOnceInitializeWasAnsweredWithAResult() {
        var screen = MessageScreen()
        #expect(errorCode(screen.screen(line(list))) == -32600)
        #expect(screen.screen(line(initialize)) == .forward(Data(initialize.utf8), requests: [1]))
        #expect(screen.phase == .initializing(id: 1))
        screen.noteSent(["jsonrpc": "2.0", "id": 1, "error": ["code": -32603, "message": "no"]])
        #expect(screen.phase == .awaitingInitialize)
        _ = screen.screen(line(initialize))
        screen.noteSent(["jsonrpc": "2.0", "id": 1, "result": ["protocolVersion": "2025-03-26"]])
        #expect(screen.phase == .ready(protocolVersion: "2025-03-26"))
        #expect(screen.screen(line(list)) == .forward(Data(list.utf8), requests: [2]))
    }

    @Test func aTooLongLineIsAnsweredWithTheLimit() throws {
        var screen = MessageScreen(limit: 1234)
        guard case .answer(let answer) = screen.screen(.tooLong) else {
            Issue.record("not answered")
            return
        }
        #expect(answer["id"] == .null)
        #expect(answer["error"]?["code"] == -32600)
        #expect(answer["error"]?["message"]?.stringValue?.contains("1234 bytes") == true)
    }

    @Test func aBatchLosesItsInvalidNotificationsAndIsRefusedWholeForAnInvalidRequest() {
        var screen = MessageScreen()
        _ = screen.screen(line(initialize))
        screen.noteSent(["jsonrpc": "2.0", "id": 1, "result": ["protocolVersion": "2025-03-26"]])
        let withBadNotification = #"[{"jsonrpc":"2.0","id":3,"method":"ping"},{"jsonrpc":"2.0","method":"x","params":1}]"#
        let kept: JSONValue = [["id": 3, "jsonrpc": "2.0", "method": "ping"]]
        #expect(screen.screen(line(withBadNotification)) == .forward(Data(kept.text.utf8), requests: [3]))

        let withBadRequest = #"[{"jsonrpc":"2.0","id":4,"method":"ping"},{"jsonrpc":"2.0","id":5,"method":"tools/call"}]"#
        guard case .answer(.array(let answers)) = screen.screen(line(withBadRequest)) else {
            Issue.record("not refused")
            return
        }
        #expect(answers.map { $0["id"] } == [5, 4])
        #expect(answers.map { $0["error"]?["code"] } == [-32602, -32600])
    }
}
