import Dispatch
import Foundation
import Synchronization
import Testing
@testable import AgentCore
import TestSupport

/// A turn runs on a thread of its own: with every thread of the cooperative pool held by
/// other work (a test run, a long synchronous job), it still answers.
@Suite struct TurnThreadTests {
    @Test func aTurnAnswersWhileEveryPoolThreadIsBusy() async throws {
        let store = try TurnTestStore()
        let agent = store.agent(OfflineEngine()) { $0.model = ProviderChoice.offlineModel }
        let pool = PoolBlocker()
        let outside = SerialQueueExecutor(label: "test.outside-the-pool")

        let summary = await withTaskExecutorPreference(outside) {
            pool.hold()
            defer { pool.release() }
            return await agent.send("Add a task to buy groceries", to: nil).collect().summary
        }

        #expect(summary?.reply == "Added #1 Buy groceries.")
        #expect(pool.heldThroughout, "the turn answered only once the pool was let go")
    }
}

/// Holds every thread of the cooperative pool until released, or for twenty seconds at
/// most once all are held, so that a turn stuck on the pool fails the test instead of
/// hanging the run.
private final class PoolBlocker: Sendable {
    private let width = ProcessInfo.processInfo.activeProcessorCount
    private let started = DispatchSemaphore(value: 0)
    private let released = DispatchSemaphore(value: 0)
    private let outcome = Mutex<LetGo?>(nil)
    private let watchdog = DispatchQueue(label: "test.pool-watchdog")

    private enum LetGo { case byTheTest, byTheWatchdog }

    /// Whether every thread stayed held until the test let go.
    var heldThroughout: Bool { outcome.withLock { $0 } != .byTheWatchdog }

    /// Returns once a task blocks each of the pool's threads.
    func hold() {
        for _ in 0..<width {
            Task.detached { [started, released] in
                started.signal()
                Self.block(on: released)
            }
        }
        for _ in 0..<width { Self.block(on: started) }
        watchdog.asyncAfter(deadline: .now() + 20) { self.letGo(.byTheWatchdog) }
    }

    func release() {
        letGo(.byTheTest)
    }

    private func letGo(_ who: LetGo) {
        let first = outcome.withLock { current in
            guard current == nil else { return false }
            current = who
            return true
        }
        if first { for _ in 0..<width { released.signal() } }
    }

    private static func block(on semaphore: DispatchSemaphore) {
        semaphore.wait()
    }
}
