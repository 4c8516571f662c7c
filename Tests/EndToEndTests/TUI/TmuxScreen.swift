import Foundation
import Testing
import TestSupport

/// `chattui` running in a tmux server of its own, in a window of a fixed size, for tests
/// that type keys and read the screen as a person would.
///
/// Each screen has its own socket (`tmux -L`), so tests never see each other's windows or
/// the user's own tmux, and `escape-time 0` makes Esc reach the app at once. tmux commands
/// run on a thread of their own: waiting for a process must not hold one of the cooperative
/// pool's threads.
final class TmuxScreen {
    let sandbox: Sandbox
    /// The sandbox's, with the built binary's folder first on PATH.
    private let environment: [String: String]
    private let socket = "chattui-test-\(UUID().uuidString.prefix(8))"
    private let configuration: URL

    /// Starts `shellCommand` (run by `sh -c` in the sandbox's folder) in a `cols`×`rows`
    /// window with the sandbox's environment, where `chattui` is the built binary.
    init(_ sandbox: Sandbox, running shellCommand: String, cols: Int = 80, rows: Int = 24) async throws {
        self.sandbox = sandbox
        var environment = sandbox.environment
        let binaries = Sandbox.binary.deletingLastPathComponent().path
        environment["PATH"] = binaries + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        self.environment = environment
        configuration = sandbox.folder.appendingPathComponent("tmux-\(socket).conf")
        try """
            set -s escape-time 0
            set -g default-terminal tmux-256color
            set -g status off
            set -s set-clipboard on
            """.write(to: configuration, atomically: true, encoding: .utf8)
        try await tmux([
            "new-session", "-d", "-s", "test", "-x", "\(cols)", "-y", "\(rows)", "-c", sandbox.folder.path,
            "sh", "-c", shellCommand,
        ])
    }

    /// Runs `chattui ARGUMENTS`, then prints `EXITED <status>` so a test can see how it ended,
    /// and leaves `cat` reading the terminal: a window whose program ends at once can lose
    /// its last lines, and what `cat` echoes shows the terminal is usable again.
    convenience init(_ sandbox: Sandbox, chattui arguments: String = "", cols: Int = 80, rows: Int = 24) async throws {
        try await self.init(sandbox, running: "chattui \(arguments); echo EXITED $?; exec cat", cols: cols, rows: rows)
    }

    deinit {
        quitChattui()
        _ = try? runTmux(["kill-server"])
    }

    /// Quits a chattui still running in the window as a person would, with Ctrl-C (which
    /// stops a reply or clears a draft first), before the server is killed: a process killed
    /// with it never writes the profile an instrumented build keeps (`make coverage`), so
    /// every path the test ran in the binary would count as never run.
    ///
    /// Each press waits for the last to be read: once chattui has given the terminal back,
    /// Ctrl-C is SIGINT again, and would kill it while it still saves.
    private func quitChattui() {
        guard let pane = try? runTmux(["display-message", "-p", "-t", "test", "#{pane_pid}"]) else { return }
        let session = pane.trimmingCharacters(in: .whitespacesAndNewlines)
        for _ in 0..<4 {
            guard isRunningChattui(session: session) else { return }
            _ = try? runTmux(["send-keys", "-t", "test", "C-c"])
            let deadline = Date().addingTimeInterval(2)
            while Date() < deadline, isRunningChattui(session: session) { usleep(20_000) }
        }
    }

    /// Whether a chattui runs in the window's session (tmux makes the pane's process its leader).
    private func isRunningChattui(session: String) -> Bool {
        (try? ShortCommand.run(
            ["pgrep", "-s", session, "-x", "chattui"], environment: environment, outputFolder: sandbox.folder)) != nil
    }

    /// Sends key names as tmux spells them: "Enter", "Escape", "F2", "C-c", "Space".
    func press(_ keys: String...) async throws {
        try await tmux(["send-keys", "-t", "test"] + keys)
    }

    /// Types `text` literally, character by character as a terminal would send it.
    func type(_ text: String) async throws {
        try await tmux(["send-keys", "-t", "test", "-l", text])
    }

    /// Closes the window as a person closes a terminal: tmux hangs up the pane's processes
    /// and the kernel hangs up the terminal, so the program gets SIGHUP twice.
    func closeWindow() async throws {
        try await tmux(["kill-session", "-t", "test"])
    }

    func resize(cols: Int, rows: Int) async throws {
        try await tmux(["resize-window", "-t", "test", "-x", "\(cols)", "-y", "\(rows)"])
    }

    /// Pastes `text` between bracketed-paste markers, as a terminal does when the app asked for them.
    func paste(_ text: String) async throws {
        try await tmux(["set-buffer", "-b", "paste", text])
        try await tmux(["paste-buffer", "-p", "-b", "paste", "-t", "test"])
    }

    /// Writes `bytes` to the program as the terminal would (a mouse report, say).
    func send(bytes: [UInt8]) async throws {
        try await tmux(["send-keys", "-t", "test", "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// The mouse reports the program asked the terminal for: any at all, and in SGR form.
    func mouseModes() async throws -> (reports: Bool, sgr: Bool) {
        let flags = try await tmux(["display-message", "-p", "-t", "test", "#{mouse_standard_flag} #{mouse_sgr_flag}"])
        let words = flags.split(whereSeparator: \.isWhitespace)
        return (words.first == "1", words.last == "1")
    }

    /// The window's text now, one line per row.
    func screen() async throws -> String {
        try await tmux(["capture-pane", "-p", "-t", "test"])
    }

    /// The window's text with its attributes as SGR escape sequences (`capture-pane -e`).
    func styledScreen() async throws -> String {
        try await tmux(["capture-pane", "-p", "-e", "-t", "test"])
    }

    /// What the program last put on the clipboard with OSC 52, which tmux keeps as its
    /// newest paste buffer (`set-clipboard on`).
    func clipboard() async throws -> String {
        try await tmux(["show-buffer"])
    }

    /// The window's title, which an escape sequence in a reply must never set.
    func title() async throws -> String {
        try await tmux(["display-message", "-p", "-t", "test", "#{pane_title}"])
    }

    /// Polls the screen until `condition` holds, up to a deadline; the last screen either way,
    /// recorded as an issue when the condition never held.
    @discardableResult
    func waitFor(
        _ what: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) async throws -> String {
        let text = try await eventually(within: .seconds(seconds), every: .milliseconds(40)) {
            try await screen()
        } until: { condition($0) }
        if !condition(text) {
            Issue.record("Waited \(seconds) s for \(what); the screen:\n\(text)", sourceLocation: sourceLocation)
        }
        return text
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation)
        async throws -> String
    {
        try await waitFor("“\(text)”", within: seconds, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) async throws -> String {
        let environment = environment
        let folder = sandbox.folder
        let full = tmuxCommand(arguments)
        return try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    try ShortCommand.run(full, environment: environment, outputFolder: folder)
                })
            }.start()
        }
    }

    /// Runs a tmux command on the calling thread, for `deinit`, which cannot wait otherwise.
    private func runTmux(_ arguments: [String]) throws -> String {
        try ShortCommand.run(tmuxCommand(arguments), environment: environment, outputFolder: sandbox.folder)
    }

    private func tmuxCommand(_ arguments: [String]) -> [String] {
        ["tmux", "-u", "-L", socket, "-f", configuration.path] + arguments
    }
}
