import Dispatch
import Foundation

/// Turns the first Ctrl-C, SIGTERM or SIGHUP into a request to stop gracefully, and a second
/// into an exit.
///
/// `kill` and a closed terminal window deserve what Ctrl-C gets: the turn saves what had
/// streamed, marked interrupted, and the command then exits 128 + the signal's number
/// (``exitStatus``), as a shell reports a process that died of it. The handlers run on a
/// dispatch queue, not in signal context, so they may call into the turn; a second Ctrl-C
/// or SIGTERM still gets a person out at once. A second SIGHUP does not: closing a window
/// hangs up twice (the terminal's hang-up, then the shell's to its jobs).
final class InterruptSignal: @unchecked Sendable {
    private static let handled = [SIGINT, SIGTERM, SIGHUP]
    private let sources: [any DispatchSourceSignal]
    private let lock = NSLock()
    private var received: [Int32] = []

    init(onFirst: @escaping @Sendable () -> Void) {
        var sources: [any DispatchSourceSignal] = []
        for number in Self.handled {
            signal(number, SIG_IGN)
            sources.append(DispatchSource.makeSignalSource(signal: number, queue: .global()))
        }
        self.sources = sources
        for (number, source) in zip(Self.handled, sources) {
            source.setEventHandler { [unowned self] in
                let count = lock.withLock {
                    received.append(number)
                    return received.count
                }
                if count == 1 {
                    onFirst()
                } else if number != SIGHUP {
                    exit(128 + number)
                }
            }
            source.resume()
        }
    }

    /// 128 + the first signal's number once one has arrived, else nil.
    var exitStatus: Int32? {
        lock.withLock { received.first.map { 128 + $0 } }
    }

    /// Gives the signals their default meaning back.
    func stop() {
        for (number, source) in zip(Self.handled, sources) {
            source.cancel()
            signal(number, SIG_DFL)
        }
    }
}
