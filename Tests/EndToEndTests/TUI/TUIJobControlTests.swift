import Foundation
import Testing
import TestSupport

/// Job control in a real shell: Ctrl-Z (or a SIGTSTP from elsewhere) gives the shell its
/// terminal back, and `fg` brings the chat back as it was, draft included.
extension TUITests {
    /// The two ways a person stops the chat: the key, which raw mode delivers as input, and
    /// `kill -TSTP` from another terminal, which arrives as a signal.
    enum Stop: String, CaseIterable, CustomStringConvertible {
        case ctrlZ, signal
        var description: String { rawValue }
    }

    @Test(arguments: Stop.allCases)
    func aStoppedChatGivesTheShellItsTerminalAndFgBringsItBack(stop: Stop) async throws {
        // Given the chat started from an interactive shell, with a draft typed
        let job = try await ShellJob()
        try await job.screen.type("half a thought")
        try await job.screen.waitFor("› half a thought")

        // When it is stopped
        switch stop {
        case .ctrlZ: try await job.screen.press("C-z")
        case .signal: #expect(kill(try job.pid(), SIGTSTP) == 0)
        }

        // Then the shell has the terminal, with the screen it had before the chat
        let stopped = try await job.screen.waitFor("the shell's job report") { $0.contains("Stopped") }
        #expect(!stopped.contains(Self.freshStatus), "\(stopped)")
        try await job.screen.type("echo shell-$((40+2))")
        try await job.screen.press("Enter")
        try await job.screen.waitFor("shell-42")

        // And `fg` brings the chat back, redrawn whole, the draft still there
        try await job.screen.type("fg")
        try await job.screen.press("Enter")
        let resumed = try await job.screen.waitFor(Self.freshStatus)
        #expect(resumed.contains("› half a thought"), "\(resumed)")
        #expect(!resumed.contains("shell-42"), "\(resumed)")

        // And it still takes keys: the draft is sent and answered
        try await job.screen.press("C-u")
        try await job.screen.type("add a task to call mum")
        try await job.screen.press("Enter")
        try await job.screen.waitFor("Added #1 Call mum")
    }

    /// Curses ignores SIGTSTP while it updates the screen unless the program handled the
    /// signal before curses started; a `kill -TSTP` landing mid-frame was then lost. While a
    /// reply streams the screen is updated many times a second, so sampling the process's
    /// ignored signals that long would catch such a window.
    @Test func aStopSignalIsNeverIgnoredWhileAReplyPaints() async throws {
        // Given a chat job whose reply streams a few characters at a time
        let server = try await FakeOpenAIServer.start(script: """
            [{"text": "\(String(repeating: "tick tock ", count: 60))", "chunk_size": 3, "delay_between_chunks": 0.01}]
            """)
        let job = try await ShellJob(server: server)
        try await job.screen.type("Count for me")
        try await job.screen.press("Enter")
        try await job.screen.waitFor("tick tock")

        // Then SIGTSTP is handled at every instant of the painting
        let pid = try job.pid()
        let deadline = Date().addingTimeInterval(1.5)
        var samples = 0
        while Date() < deadline {
            let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
            #expect(!Self.ignores(SIGTSTP, status: status), "SIGTSTP ignored after \(samples) samples")
            samples += 1
            if Self.ignores(SIGTSTP, status: status) { break }
        }

        // And a stop sent mid-stream gives the shell its terminal, and `fg` the chat
        #expect(kill(pid, SIGTSTP) == 0)
        try await job.screen.waitFor("the shell's job report") { $0.contains("Stopped") }
        try await job.screen.type("fg")
        try await job.screen.press("Enter")
        try await job.screen.waitFor("the whole reply") { $0.contains("idle · #1") }
    }

    /// Whether a process's `/proc/PID/status` lists `signal` among those it ignores.
    private static func ignores(_ signal: Int32, status: String) -> Bool {
        let line = status.split(separator: "\n").first { $0.hasPrefix("SigIgn:") }
        let mask = line.flatMap { UInt64($0.dropFirst("SigIgn:".count).trimmingCharacters(in: .whitespaces), radix: 16) }
        return (mask ?? 0) & (1 << UInt64(signal - 1)) != 0
    }

    @Test func aTerminalShrunkToOneCellAndGrownBackShowsTheChatAgain() async throws {
        let screen = try await TmuxScreen(try Sandbox(), chattui: "")
        try await screen.waitFor(Self.freshStatus)
        try await screen.type("add a task to water the plants")
        try await screen.press("Enter")
        try await screen.waitFor("idle · #1")

        try await screen.resize(cols: 1, rows: 1)
        try await screen.waitFor("a one-cell window") { $0.split(separator: "\n").count <= 1 }
        // Keys typed meanwhile are still read: the draft grows where nobody can see it
        try await screen.type("xyz")

        try await screen.resize(cols: 80, rows: 24)
        let text = try await screen.waitFor(Self.freshStatus.replacingOccurrences(of: "new", with: "#1"))
        #expect(text.contains("Added #1 Water the plants"), "\(text)")
        #expect(text.contains("› xyz"), "\(text)")
        #expect(!text.contains("EXITED"), "\(text)")
    }
}

/// chattui started as a job of an interactive bash in tmux, as a person starts it.
private struct ShellJob {
    let sandbox: Sandbox
    let screen: TmuxScreen

    /// The chat of the offline engine, or of `server` when there is one.
    init(server: FakeOpenAIServer? = nil) async throws {
        sandbox = try Sandbox()
        if let server { sandbox.use(server) }
        screen = try await TmuxScreen(sandbox, running: "PS1='$ ' exec bash --norc --noprofile -i")
        try await screen.waitFor("the shell's prompt") { $0.hasPrefix("$") }
        // The inner shell writes its pid and becomes chattui, so the pid file holds chattui's.
        try await screen.type("sh -c 'echo $$ > chattui.pid; exec chattui'")
        try await screen.press("Enter")
        try await screen.waitFor("the chat's status line") { $0.contains("idle · new") }
    }

    func pid() throws -> pid_t {
        let text = try String(contentsOf: sandbox.folder.appendingPathComponent("chattui.pid"), encoding: .utf8)
        return try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}
