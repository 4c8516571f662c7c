import Foundation
import Testing

/// Job control in a shell that has it: Ctrl-Z in the chat, or a SIGTSTP from another
/// process, stops chattui as it stops any program, the shell's screen back; `fg` brings the
/// chat back as it was, still answering keys.
extension TUITests {
    enum Stop: String, CaseIterable { case ctrlZ, sigtstp }

    @Test(arguments: Stop.allCases)
    func aStoppedChatComesBackWithFg(stop: Stop) async throws {
        // Given the chat started from an interactive shell, with a draft typed
        let sandbox = try Sandbox()
        let screen = try await TmuxScreen(sandbox, running: "PS1='$ ' exec bash --norc --noprofile -i")
        try await screen.waitFor("$ ")
        try await screen.type("sh -c 'echo $$ > chattui.pid; exec chattui'")
        try await screen.press("Enter")
        try await screen.waitFor(Self.freshStatus)
        try await screen.type("half a thought")

        // When it is stopped
        switch stop {
        case .ctrlZ:
            try await screen.press("C-z")
        case .sigtstp:
            let pidText = try String(contentsOf: sandbox.folder.appendingPathComponent("chattui.pid"), encoding: .utf8)
            let pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
            #expect(kill(pid, SIGTSTP) == 0)
        }

        // Then the shell has the terminal again and says the job stopped
        let stopped = try await screen.waitFor("Stopped")
        #expect(!stopped.contains(Self.freshStatus))

        // When it is brought back
        try await screen.type("fg")
        try await screen.press("Enter")

        // Then the whole chat is drawn again, the draft kept, and keys still work
        let back = try await screen.waitFor(Self.freshStatus)
        #expect(back.contains("› half a thought"), "\(back)")
        try await screen.press("C-c")
        try await screen.waitFor("Draft cleared")
        try await screen.press("C-c")
        try await screen.waitFor("$ ") { !$0.contains(Self.freshStatus) && $0.contains("$ ") }
        try await screen.type("echo EXITED $?")
        try await screen.press("Enter")
        try await screen.waitFor("EXITED 0")
    }
}
