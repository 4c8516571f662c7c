import Foundation

/// A descriptor's file status flags, saved so they can be put back.
///
/// The SDK's stdio transport sets `O_NONBLOCK` on stdin and stdout. The flag belongs to
/// the open file, not to this process: on a terminal it is shared with the shell that
/// started `chattui mcp`, whose next read would fail with `EAGAIN` if it were left set.
struct DescriptorFlags: Sendable, Equatable {
    let descriptor: Int32
    let flags: Int32

    /// nil when `descriptor` is not open, so there is nothing to put back.
    init?(saving descriptor: Int32) {
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0 else { return nil }
        self.descriptor = descriptor
        self.flags = flags
    }

    /// Puts the saved flags back; harmless when they never changed or the descriptor closed.
    func restore() {
        _ = fcntl(descriptor, F_SETFL, flags)
    }
}
