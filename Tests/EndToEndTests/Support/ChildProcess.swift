import Foundation
import Synchronization

/// A process a test talks to while it runs (the MCP server over its stdin and stdout, a
/// Python peer), waited for with a deadline so that one that never exits fails the test
/// instead of hanging the suite. Started and reaped as a ``SpawnedChild``.
final class ChildProcess: Sendable {
    /// One of the child's streams: a pipe whose other end the test keeps, or an open file.
    enum Connection {
        case pipe(Pipe)
        case file(FileHandle)
    }

    let pid: pid_t
    private let child: SpawnedChild
    /// Set once the child is reaped: `waitpid` answers only once.
    private let ending = Mutex<SpawnedChild.Ending?>(nil)

    /// Starts `arguments` (found on PATH); the child's ends of its pipes are closed here once
    /// it has them, as `Process` does, so the test sees the end of the child's output.
    init(
        _ arguments: [String], environment: [String: String], stdin: Connection, stdout: Connection,
        stderr: Connection
    ) throws {
        child = try SpawnedChild(
            arguments, environment: environment, stdin: Self.stream(stdin, reading: true),
            stdout: Self.stream(stdout, reading: false), stderr: Self.stream(stderr, reading: false))
        pid = child.pid
        if case .pipe(let pipe) = stdin { try pipe.fileHandleForReading.close() }
        for case .pipe(let pipe) in [stdout, stderr] { try pipe.fileHandleForWriting.close() }
    }

    var isRunning: Bool { ended() == nil }

    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// How the child ended, or nil if it was still running after `seconds` (it is then killed).
    func waitForExit(within seconds: Double) -> SpawnedChild.Ending? {
        if poll(within: seconds, until: { !isRunning }), let ending = ended() { return ending }
        kill(pid, SIGKILL)
        let killed = child.wait()
        ending.withLock { $0 = killed }
        return nil
    }

    /// Polls `condition` until it holds or `seconds` pass; false if the child exits first.
    func waitUntil(within seconds: Double, _ condition: () -> Bool) -> Bool {
        _ = poll(within: seconds) { condition() || !isRunning }
        return condition()
    }

    private func poll(within seconds: Double, until done: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !done() {
            guard Date() < deadline else { return false }
            usleep(10_000)
        }
        return true
    }

    /// The ending, reaping the child the first time it is seen ended.
    private func ended() -> SpawnedChild.Ending? {
        ending.withLock { ending in
            if ending == nil { ending = child.endingIfEnded() }
            return ending
        }
    }

    private static func stream(_ connection: Connection, reading: Bool) -> SpawnedChild.Stream {
        switch connection {
        case .pipe(let pipe):
            .descriptor((reading ? pipe.fileHandleForReading : pipe.fileHandleForWriting).fileDescriptor)
        case .file(let handle):
            .descriptor(handle.fileDescriptor)
        }
    }
}
