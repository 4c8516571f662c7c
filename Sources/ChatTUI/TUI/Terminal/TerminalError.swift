import Foundation

/// Why the chat screen could not open; printed on the ordinary terminal, one line each.
enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// stdin or stdout is a pipe or a file, where a full-screen app would only write garbage.
    case notATerminal
    /// curses has no description for `$TERM`.
    case unknownTerminal(String?)
    /// `$TERM` names a terminal that cannot move its cursor (`dumb`, a printing terminal).
    case noCursorAddressing(String)
    case noPipe(Int32)

    var description: String {
        switch self {
        case .notATerminal:
            "The chat needs a terminal on stdin and stdout. From a script or a pipe, use 'chattui ask TEXT'."
        case .unknownTerminal(let name?):
            "The terminal type '\(name)' is unknown here: set TERM to one this system knows, such as xterm-256color."
        case .unknownTerminal(nil):
            "TERM is not set: set it to your terminal's type, such as xterm-256color."
        case .noCursorAddressing(let name):
            "The terminal type '\(name)' cannot move the cursor, which the chat needs: set TERM to your terminal's type, such as xterm-256color, or use 'chattui ask TEXT'."
        case .noPipe(let code):
            "Could not make a pipe for the chat screen: \(String(cString: strerror(code)))."
        }
    }
}
