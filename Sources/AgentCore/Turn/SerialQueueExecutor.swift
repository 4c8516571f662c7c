import Dispatch

/// A task executor on a serial Dispatch queue of its own, off the cooperative pool.
///
/// The pool has one thread per core, and anything else in the process may be queued on it
/// (under a test runner, every test at once); a turn, and whatever relays its events to the
/// screen, keeps its own pace on one of these. Tasks that code run here starts with
/// `Task {}` do not inherit the preference, so those are given it explicitly.
public final class SerialQueueExecutor: TaskExecutor, Sendable {
    private let queue: DispatchQueue

    public init(label: String) {
        queue = DispatchQueue(label: label)
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
