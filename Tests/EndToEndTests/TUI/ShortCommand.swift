import Foundation

/// Runs a short command to its end with `posix_spawnp` and `waitpid`, its output in a file.
///
/// Foundation's `Process` never saw `tmux new-session` exit here (the client forks the
/// server and exits at once; its zombie stayed unreaped and `waitUntilExit` hung), so the
/// tmux helpers wait for their own children.
///
/// The child starts with no signal blocked and every signal at its default: a signal mask
/// survives `exec`, and a tmux server started from a Dispatch thread (which blocks most
/// signals) would never hear SIGCHLD, so it could not notice its panes ending and exit.
enum ShortCommand {
    struct Failure: Error, CustomStringConvertible {
        var arguments: [String]
        var output: String
        var description: String { "\(arguments.joined(separator: " ")) failed: \(output)" }
    }

    /// The command's stdout and stderr together; throws when it exits with a non-zero status.
    static func run(_ arguments: [String], environment: [String: String], outputFolder: URL) throws -> String {
        let outputPath = outputFolder.appendingPathComponent("command-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
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
        guard spawned == 0 else { throw Failure(arguments: arguments, output: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // Exited normally with status 0: the low seven bits are the signal, the next eight the status.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else { throw Failure(arguments: arguments, output: output) }
        return output
    }
}
