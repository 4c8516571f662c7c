import Foundation

/// Writes command output to stdout, and goes quiet if the reader goes away.
///
/// SIGPIPE is ignored process-wide, so a closed pipe (`chattui show 3 | head`) shows up
/// as a failed write; after one, the rest is dropped instead of being retried.
struct StandardOutput {
    private var closed = false

    init() {
        signal(SIGPIPE, SIG_IGN)
    }

    mutating func write(_ text: String) {
        guard !closed, !text.isEmpty else { return }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return closed = true }
            bytes = bytes.dropFirst(written)
        }
    }
}
