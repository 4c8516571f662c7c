import Foundation

/// A child started with `posix_spawnp` and waited for with `waitpid` on its own pid.
///
/// Foundation's `Process` hung here more than once: a child that had exited stayed an
/// unreaped zombie and `waitUntilExit` never returned (tmux's client, then `chattui` runs
/// under a full suite), so the end-to-end tests start and reap their children themselves.
///
/// The child starts with no signal blocked and every signal at its default: a signal mask
/// survives `exec`, and a child started from a Dispatch thread (which blocks most signals)
/// would otherwise ignore the SIGINT, SIGTERM or SIGHUP a test sends it. It inherits no
/// descriptor but its three streams, as with `Process`: a pipe's write end held by a child
/// (this test's or another running at the same time) would keep its reader from ever
/// seeing the end of its input.
struct SpawnedChild: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// How a child ended, as `Process.terminationStatus` told it: the exit status, or the signal.
    enum Ending: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)

        var status: Int32 {
            switch self {
            case .exited(let status), .signalled(let status): status
            }
        }

        /// Reads `waitpid`'s status: the low seven bits are the signal that ended the child
        /// (0 for a normal exit), the next eight the exit status.
        init(waitStatus status: Int32) {
            let signal = status & 0x7F
            self = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
        }
    }

    /// Where one of the child's standard streams goes.
    enum Stream: Sendable {
        /// A file by path: read for stdin, created or emptied for stdout and stderr.
        case file(String)
        /// For stderr: wherever stdout goes.
        case standardOutput
    }

    let pid: pid_t

    /// Starts `arguments` with stdin read from `input` and stdout and stderr written to the
    /// files given (one file for both when they are the same path).
    init(_ arguments: [String], environment: [String: String], input: String, output: String, errors: String) throws {
        try self.init(
            arguments, environment: environment, stdin: .file(input), stdout: .file(output),
            stderr: errors == output ? .standardOutput : .file(errors))
    }

    /// Starts `arguments` with its three streams connected as given.
    init(_ arguments: [String], environment: [String: String], stdin: Stream, stdout: Stream, stderr: Stream) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (number, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .file(let path) where number == 0:
                posix_spawn_file_actions_addopen(&actions, number, path, O_RDONLY, 0)
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, number, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            case .standardOutput:
                posix_spawn_file_actions_adddup2(&actions, 1, number)
            }
        }
        // glibc's closefrom action is not visible to Swift; closing a descriptor that is
        // gone by then is not an error for posix_spawn.
        for descriptor in Self.openDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ")): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
    }

    /// Blocks until the child ends; call it once, off the test's own task if others must run.
    func wait() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return Ending(waitStatus: status)
    }

    /// How the child ended, if it has, without waiting; it is then reaped, so ask once after that.
    func endingIfEnded() -> Ending? {
        var status: Int32 = 0
        var reaped: pid_t
        repeat { reaped = waitpid(pid, &status, WNOHANG) } while reaped == -1 && errno == EINTR
        return reaped == pid ? Ending(waitStatus: status) : nil
    }

    /// This process's open descriptors, as the kernel lists them.
    private static func openDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }
    }
}
