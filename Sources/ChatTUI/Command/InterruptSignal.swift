import Dispatch
import Foundation

/// Turns the first Ctrl-C into a request to stop gracefully, and a second into an exit.
///
/// The handler runs on a dispatch queue, not in signal context, so it may call into the
/// turn; a person who presses Ctrl-C twice still gets out at once.
final class InterruptSignal: @unchecked Sendable {
    private let source: any DispatchSourceSignal
    private let lock = NSLock()
    private var count = 0

    init(onFirst: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [unowned self] in
            let count = lock.withLock {
                self.count += 1
                return self.count
            }
            if count == 1 { onFirst() } else { exit(130) }
        }
        source.resume()
    }

    /// Gives SIGINT its default meaning back.
    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
