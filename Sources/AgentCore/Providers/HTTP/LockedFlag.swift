import Foundation

/// A Boolean that one thread sets and another reads, such as "the consumer went away".
///
/// Unchecked because every access to `value` holds `lock`; NSLock rather than
/// Synchronization.Atomic, which needs macOS 15.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
