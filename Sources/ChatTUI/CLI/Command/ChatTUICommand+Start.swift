import ArgumentParser
import Foundation

extension ChatTUICommand {
    /// Parses the command line and runs it, as `main()` would, with three differences.
    ///
    /// `chattui --version` alone is answered before the parser is built: building it reflects
    /// over every command's options, and the Swift runtime's first look-ups of those types
    /// scan every protocol conformance in the binary, which was 45 % of the instructions of
    /// `--version` (docs/performance.md). A negative conversation id is caught first: the
    /// parser reads `show -1` as an unknown option and would say "Missing expected argument".
    /// And every error is printed through ``StandardError``: its message may quote a server,
    /// a file or a conversation, and must not reach the terminal with its escape sequences.
    public static func start() async {
        if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
            print(ChatTUIVersion.current)
            return
        }
        if let problem = NegativeIDCheck.problem(in: Array(CommandLine.arguments.dropFirst())) {
            StandardError.writeLine("""
                Error: \(problem)
                Usage: \(usageString(for: ShowCommand.self))
                  See 'chattui show --help' for more information.
                """)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // --help and --version: our own text, for stdout.
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                StandardError.writeLine(message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
