import Foundation

/// Runs a short command to its end, its output in a file (see ``SpawnedChild`` for why not
/// Foundation's `Process`: tmux's client forks its server and exits at once, and `Process`
/// never saw it exit).
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
        let child = try SpawnedChild(arguments, environment: environment, input: "/dev/null", output: outputPath, errors: outputPath)
        let ending = child.wait()
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard ending == .exited(0) else { throw Failure(arguments: arguments, output: output) }
        return output
    }
}
