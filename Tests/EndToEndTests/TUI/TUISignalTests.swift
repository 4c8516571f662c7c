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
        // Given a reply that is streaming
        let chat = try await StreamingChat(around: """
            stty -g > before; \(StreamingChat.chattui); echo EXITED $?; \
            stty -g > after; cmp before after && echo SAME; exec cat
            """)

        // When the process is sent the signal
        #expect(kill(chat.pid, signal) == 0)

        // Then it dies of that signal, on a terminal put back as it was
        let text = try await chat.screen.waitFor("SAME")
        #expect(text.contains("EXITED \(128 + signal)"))
        // And what had streamed is saved, marked interrupted, before it went
        try await chat.expectThePartialReplySaved()
        try chat.server.expectEveryRequestValid()
    }

    @Test func closingTheWindowSavesTheStreamedReply() async throws {
        // Given a reply that is streaming
        let chat = try await StreamingChat(around: StreamingChat.chattui)

        // When its window is closed (a hang-up from tmux and another from the kernel)
        try await chat.screen.closeWindow()

        // Then chattui ends, and what had streamed is saved, marked interrupted
        try await eventually { kill(chat.pid, 0) != 0 }
        #expect(kill(chat.pid, 0) != 0, "chattui still runs after its window closed")
        try await chat.expectThePartialReplySaved()
    }
}

/// The chat under tmux with a slow reply streaming, and chattui's pid.
private struct StreamingChat {
    static let reply = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    /// An inner shell that writes its pid and becomes chattui, so the pid is chattui's.
    static let chattui = "sh -c 'echo $$ > chattui.pid; exec chattui'"

    let server: FakeOpenAIServer
    let sandbox: Sandbox
    let screen: TmuxScreen
    let pid: pid_t

    /// Runs `shellCommand` (which starts ``chattui``), sends a message and waits for the first words.
    init(around shellCommand: String) async throws {
        server = try await FakeOpenAIServer.start(script: """
            [{"text": "\(Self.reply)", "chunk_size": 4, "delay_between_chunks": 0.25}]
            """)
        sandbox = try Sandbox()
        sandbox.use(server)
        screen = try await TmuxScreen(sandbox, running: shellCommand)
        try await screen.waitFor("idle · new · 127.0.0.1")
        try await screen.type("Count for me")
        try await screen.press("Enter")
        try await screen.waitFor("the first words") { $0.contains("One two") }
        let pidText = try String(contentsOf: sandbox.folder.appendingPathComponent("chattui.pid"), encoding: .utf8)
        pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// The newest message is the part of the reply that had streamed, marked interrupted.
    func expectThePartialReplySaved() async throws {
        let shown = try await sandbox.launch(["show", "1", "--json"])
        let last = try #require(try JSONValue(parsing: shown.stdout)["messages"]?.arrayValue?.last)
        #expect(last["role"] == "assistant", "\(shown.stdout)")
        #expect(last["interrupted"] == true)
        let content = try #require(last["content"]?.stringValue)
        #expect(
            content.hasPrefix("One two") && Self.reply.hasPrefix(content) && content.count < Self.reply.count,
            "\(content)")
    }
}
