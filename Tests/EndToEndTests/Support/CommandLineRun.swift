import Foundation
import TestSupport

/// The result of running the real `chattui` binary once.
struct CommandLineRun {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// A sandbox for running the built `chattui`: its own HOME, XDG folders and database,
/// and none of the caller's `OPENAI_*`, `CHATTUI_*` or libpq's `PG*` variables.
final class Sandbox {
    private let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    var environment: [String: String]
    /// The PostgreSQL database the sandbox uses instead of its file, if any (`init(backend:)`).
    private(set) var scratch: PostgresScratchDatabase?

    var databasePath: String { folder.appendingPathComponent("data/chattui/chattui.db").path }

    init() throws {
        temporary = try TemporaryFolder("e2e")
        let folder = temporary.url
        var environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("OPENAI_") && !key.hasPrefix("CHATTUI_") && !key.hasPrefix("XDG_") && !key.hasPrefix("PG")
        }
        environment["HOME"] = folder.path
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        environment["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
        environment["CHATTUI_USER"] = "tester"
        environment["LANG"] = "C.UTF-8"
        environment["TZ"] = "UTC"
        self.environment = environment
    }

    /// A sandbox keeping its data on `backend`: its own file, or a fresh database on the
    /// PostgreSQL test cluster that `CHATTUI_DB` names, so every command run uses it.
    convenience init(backend: StoreBackend) throws {
        try self.init()
        guard backend == .postgres else { return }
        let scratch = try PostgresScratchDatabase()
        environment["CHATTUI_DB"] = scratch.url
        self.scratch = scratch
    }

    /// Runs `chattui` with `arguments` and waits for it; output goes through files, so a
    /// large transcript cannot fill a pipe and stall the child.
    func run(_ arguments: [String], stdin: String? = nil) throws -> CommandLineRun {
        try start(arguments, stdin: stdin).wait()
    }

    /// Starts `chattui` with `arguments` and returns at once, for tests that act on a
    /// running child (interrupt it, watch its output).
    func start(_ arguments: [String], stdin: String? = nil) throws -> RunningChattui {
        let run = UUID().uuidString
        let inURL = folder.appendingPathComponent("stdin-\(run)")
        let outURL = folder.appendingPathComponent("stdout-\(run)")
        let errURL = folder.appendingPathComponent("stderr-\(run)")
        try Data((stdin ?? "").utf8).write(to: inURL)
        let child = try SpawnedChild(
            [Self.binary.path] + arguments, environment: environment, input: inURL.path, output: outURL.path,
            errors: errURL.path)
        return RunningChattui(child: child, stdoutURL: outURL, stderrURL: errURL)
    }

    /// The binary `swift build` made beside these sources, unless `CHATTUI_BIN` names another.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["CHATTUI_BIN"] { return URL(fileURLWithPath: path) }
        return repositoryRoot.appendingPathComponent(".build/debug/chattui")
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}

/// A `chattui` child that is still running.
struct RunningChattui: Sendable {
    let child: SpawnedChild
    let stdoutURL: URL
    let stderrURL: URL

    var pid: pid_t { child.pid }

    /// What the child has written to stdout so far.
    var stdoutSoFar: String {
        (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? ""
    }

    func wait() throws -> CommandLineRun {
        let ending = child.wait()
        return CommandLineRun(
            status: ending.status,
            stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
            stderr: try String(contentsOf: stderrURL, encoding: .utf8))
    }
}
