import Foundation
import Testing

/// The chat screen under tmux: the real binary in a real terminal, driven with keys and read
/// back with `capture-pane`. One at a time: each starts a tmux server and a chattui, and two
/// cores are easily swamped.
@Suite(.serialized, .timeLimit(.minutes(10))) struct TUITests {
    /// The status bar of a fresh chat: state, conversation, provider and model, hints.
    static let freshStatus = "idle · new · offline/engine"

    @Test func opensOnANewConversationWithTheStatusBar() async throws {
        let sandbox = try Sandbox()
        let screen = try await TmuxScreen(sandbox, chattui: "")
        let text = try await screen.waitFor(Self.freshStatus)
        #expect(text.contains("F2 tasks · Ctrl-O chats · F1 help"))
        #expect(text.contains("Tell me what to remember"))
    }

    @Test func refusesToDrawWithoutATerminal() async throws {
        let run = try await Sandbox().launch([], stdin: "")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.errorLines == ["Error: The chat needs a terminal on stdin and stdout. From a script or a pipe, use 'chattui ask TEXT'."])
    }
}
