import AgentCore
import Foundation

/// The one way text reaches stderr: every line is made inert first.
///
/// What goes there often quotes the outside world (a server's error body, an excerpt of a
/// malformed chunk, a tool's result, a conversation title); an escape sequence in it would
/// retitle the window, clear the screen or write the clipboard of whoever runs chattui. The
/// same ``TerminalSanitizer`` guards the chat screen, so the TUI and the CLI agree.
enum StandardError {
    static func writeLine(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data((TerminalSanitizer.sanitize(text) + "\n").utf8))
    }
}
