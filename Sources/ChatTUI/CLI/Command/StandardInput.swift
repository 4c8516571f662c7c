import Foundation

/// Reads the message `ask` takes from stdin.
enum StandardInput {
    static var isTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// All of stdin, read on a thread of its own: a blocking read must not hold one of
    /// the cooperative pool's two threads. Every byte is kept, a NUL included (the message
    /// is stored exactly as sent); invalid UTF-8 is repaired, not refused.
    static func readAll() async -> String {
        await withCheckedContinuation { continuation in
            Thread {
                var bytes: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { break }
                    bytes += buffer[..<count]
                }
                continuation.resume(returning: String(decoding: bytes, as: UTF8.self))
            }.start()
        }
    }
}
