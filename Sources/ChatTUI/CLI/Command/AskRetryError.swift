/// `ask --retry -c` when there is no conversation at all: a runtime error (exit 1), since
/// the same command works once one exists.
struct AskRetryError: Error, CustomStringConvertible {
    var description: String { "There is no conversation to retry." }
}
