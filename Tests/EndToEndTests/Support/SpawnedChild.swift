import Foundation

/// A child started with `posix_spawnp` and waited for with `waitpid` on its own pid.
///
/// Foundation's `Process` hung here more than once: a child that had exited stayed an
/// unreaped zombie and `waitUntilExit` never returned (tmux's client, then `chattui` runs
/// under a full suite), so the end-to-end tests start and reap their children themselves.
///
/// The child starts with no signal blocked and every signal at its default: a signal mask
/// survives `exec`, and a child started from a Dispatch thread (which blocks most signals)
/// would otherwise ignore the SIGINT, SIGTERM or SIGHUP a test sends it.
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
    }

    let pid: pid_t

    /// Starts `arguments` with stdin read from `input` and stdout and stderr written to the
    /// files given (one file for both when they are the same path).
    init(_ arguments: [String], environment: [String: String], input: String, output: String, errors: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if errors == output {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
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
        // The low seven bits are the signal that ended it (0 for a normal exit), the next eight the status.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }
}
