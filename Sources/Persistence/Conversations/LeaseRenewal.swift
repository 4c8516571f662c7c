import Foundation

/// A turn's claim that its process still holds the conversation's lease, checked and
/// renewed inside the write it comes with.
///
/// Checking in the same transaction as the write, rather than just before it, means no
/// other copy can take the lease over between the check and the commit; on PostgreSQL it
/// also saves the separate round trips a confirmation would cost.
public struct LeaseRenewal: Hashable, Sendable {
    public var pid: Int32
    /// The heartbeat's new time: the real clock, as the stale check compares with it.
    public var now: Date

    public init(pid: Int32, now: Date) {
        self.pid = pid
        self.now = now
    }
}
