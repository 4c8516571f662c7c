import Foundation

/// A value one thread or `@Sendable` closure sets and another reads: a transfer's
/// "the consumer went away", the tool results computed inside a step's transaction.
///
/// Unchecked because every access holds `lock`; NSLock rather than Synchronization.Mutex,
/// which needs macOS 15.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
