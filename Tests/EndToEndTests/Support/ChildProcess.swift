import Foundation

/// A process a test talks to while it runs, waited for with a deadline so that a server
/// that never exits fails the test instead of hanging the suite.
final class ChildProcess {
    let process = Process()
    private let exited = DispatchSemaphore(value: 0)

    /// How a child ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Starts `executable`; each of `stdin`, `stdout` and `stderr` is a `Pipe` or a `FileHandle`.
    init(_ executable: URL, _ arguments: [String], environment: [String: String], stdin: Any, stdout: Any, stderr: Any)
        throws
    {
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        process.terminationHandler = { [exited] _ in exited.signal() }
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// How the child ended, or nil if it was still running after `seconds` (it is then killed).
    func waitForExit(within seconds: Double) -> Ending? {
        guard exited.wait(timeout: .now() + seconds) == .success else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        process.waitUntilExit()
        let status = process.terminationStatus
        return process.terminationReason == .uncaughtSignal ? .signalled(status) : .exited(status)
    }

    /// Polls `condition` until it holds or `seconds` pass; false if the child exits first.
    func waitUntil(within seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            guard process.isRunning else { return condition() }
            usleep(10_000)
        }
        return condition()
    }
}
