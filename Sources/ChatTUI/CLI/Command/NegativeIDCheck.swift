/// `chattui show -1`: the parser reads a dash and digits as an option, so a negative id
/// would be reported as a missing one. The parser offers no way to take a positional
/// argument that starts with a dash, so this looks at the words first.
///
/// Options take theirs with `.unconditional` parsing (`-r -1`, `--limit -1`), and their
/// own `validate()` words the error.
enum NegativeIDCheck {
    /// Options of the root command that take a value, which may be any word.
    private static let valued: Set = ["--db", "--model", "--base-url", "-r", "--resume"]

    /// The error for `show` given a negative id before `--`, if it is.
    static func problem(in arguments: [String]) -> String? {
        // The subcommand is the first word that is neither an option nor an option's value.
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "--" {
            index += valued.contains(arguments[index]) ? 2 : 1
        }
        guard index < arguments.count, arguments[index] == "show" else { return nil }
        let negative = arguments[(index + 1)...].prefix { $0 != "--" }.first { $0.hasPrefix("-") && Int64($0) != nil }
        return negative.map(ShowCommand.positiveIDMessage)
    }
}
