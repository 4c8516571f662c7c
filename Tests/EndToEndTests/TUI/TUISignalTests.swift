import AgentCore
import Foundation
import Persistence
import Testing
import TestSupport

/// `kill` (SIGTERM, or SIGINT from another process) and a closed terminal window end the
/// chat the way Esc ends a turn.
extension TUITests {
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func aTerminatingSignalSavesTheStreamedReplyAndRestoresTheTerminal(signal: Int32) async throws {
        let full = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        let server = try await FakeOpenAIServer.start(script: """
            [{"text": "\(full)", "chunk_size": 4, "delay_between_chunks": 0.25}]
            """)
        let sandbox = try Sandbox()
        sandbox.use(server)
        // The inner shell writes its pid and becomes chattui, so the pid is chattui's.
        let screen = try await TmuxScreen(sandbox, running: """
            stty -g > before; sh -c 'echo $$ > chattui.pid; exec chattui'; echo EXITED $?; \
            stty -g > after; cmp before after && echo SAME; exec cat
            """)
        try await screen.waitFor("idle · new · 127.0.0.1")

        // Given a reply that is streaming
        try await screen.type("Count for me")
        try await screen.press("Enter")
        try await screen.waitFor("the first words") { $0.contains("One two") }

        // When the process is sent the signal
        let pidText = try String(contentsOf: sandbox.folder.appendingPathComponent("chattui.pid"), encoding: .utf8)
        let pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, signal) == 0)

        // Then it dies of that signal, on a terminal put back as it was
        let text = try await screen.waitFor("SAME")
        #expect(text.contains("EXITED \(128 + signal)"))
        // And what had streamed is saved, marked interrupted, before it went
        let shown = try await sandbox.launch(["show", "1", "--json"])
        let reply = try #require(try JSONValue(parsing: shown.stdout)["messages"]?.arrayValue?.last)
        #expect(reply["role"] == "assistant")
        #expect(reply["interrupted"] == true)
        let content = try #require(reply["content"]?.stringValue)
        #expect(content.hasPrefix("One two") && full.hasPrefix(content) && content.count < full.count, "\(content)")
        try server.expectEveryRequestValid()
    }
}
