import ArgumentParser
import Foundation

extension ChatTUICommand {
    /// Parses the command line and runs the command, after the checks the parser cannot make.
    public static func start() async {
        if let problem = NegativeIDCheck.problem(in: Array(CommandLine.arguments.dropFirst())) {
            let text = """
                Error: \(problem)
                Usage: \(usageString(for: ShowCommand.self))
                  See 'chattui show --help' for more information.

                """
            try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        await main()
    }
}
