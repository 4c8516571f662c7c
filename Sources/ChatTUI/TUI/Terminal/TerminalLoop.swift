import Foundation

/// The main-thread loop: waits on stdin, the inbox's pipe and the signal pipe, turns what
/// arrives into messages, runs `update`, hands effects to `perform`, and paints `view`.
///
/// Waiting is a `poll` with a timeout no longer than the next tick (about 250 ms), so the
/// spinner moves and "now" stays current without a busy loop. Painting follows the
/// `FramePacer`: every message is applied as it arrives, but a streamed reply is drawn at
/// most 30 times a second, and nothing is drawn while nothing on screen changes.
struct TerminalLoop {
    static let tickInterval: TimeInterval = 0.25
    /// How long a lone ESC waits for the rest of a sequence, as `set_escdelay(25)` does.
    static let escapeDelayMilliseconds: Int32 = 25

    let terminal: CursesTerminal
    let inbox: MessageInbox
    /// Runs an effect other than `.quit` and `.copyToClipboard`, which the terminal does
    /// itself; answers come back through the inbox.
    let perform: (Effect) -> Void
    /// Runs on every tick, for watching what no message reports (another process's writes).
    let onTick: () -> Void

    private struct Readiness {
        var input = false
        var inbox = false
        var signals = false
        /// The terminal is gone (its window closed): nothing more will arrive.
        var hangUp = false
    }

    /// How the loop ended.
    enum Ending: Equatable {
        /// An update returned `.quit`, or the terminal went away.
        case quit
        /// SIGTERM, SIGHUP or SIGINT: the process should die of it once the turn is saved.
        case signal(Int32)
    }

    /// Runs until an update returns `.quit`, the terminal goes away or SIGTERM, SIGHUP or SIGINT
    /// arrives; returns how, and the state as it was then.
    func run(_ initial: AppState) -> (Ending, AppState) {
        var state = initial
        var decoder = InputDecoder()
        var pacer = FramePacer()
        var nextTick = Date().addingTimeInterval(Self.tickInterval)
        if state.size != terminal.size { _ = update(&state, .resized(terminal.size)) }
        paint(state, &pacer)
        while true {
            var waitMilliseconds = Self.milliseconds(nextTick.timeIntervalSinceNow)
            // While a frame is owed, what the inbox brings is drawn only when it falls due:
            // the loop sleeps until then instead of waking for every chunk.
            var watchesInbox = !pacer.owesFrame
            if decoder.isAwaitingEscape {
                waitMilliseconds = Self.escapeDelayMilliseconds
                watchesInbox = true
            } else if let frameDelay = pacer.delay(at: Date()) {
                waitMilliseconds = min(waitMilliseconds, Self.milliseconds(frameDelay))
            }
            let ready = wait(milliseconds: waitMilliseconds, watchingInbox: watchesInbox)
            var messages: [Message] = []
            if ready.signals {
                let events = TerminalSignals.drain(terminal.signalDescriptor)
                if let number = events.compactMap(\.endingSignal).first { return (.signal(number), state) }
                messages += handleSignals(events)
            }
            // The terminal is gone: end as its SIGHUP would, which may still be on its way.
            if ready.hangUp { return (.signal(SIGHUP), state) }
            if ready.input {
                messages += readInput(&decoder)
            } else if !ready.inbox, let key = decoder.flush() {
                // The escape delay passed with nothing after the ESC: it was the Esc key.
                messages.append(.key(key))
            }
            if ready.inbox || !watchesInbox { messages += inbox.drain() }
            if Date() >= nextTick {
                messages.append(.tick(Date()))
                nextTick = Date().addingTimeInterval(Self.tickInterval)
                onTick()
            }
            for message in messages {
                let (spinner, clock) = (state.spinnerFrame, state.now)
                guard dispatch(message, &state) else { return (.quit, state) }
                pacer.note(message, spinnerBefore: spinner, clockBefore: clock, after: state)
            }
            if pacer.isDue(at: Date()) { paint(state, &pacer) }
        }
    }

    private func paint(_ state: AppState, _ pacer: inout FramePacer) {
        terminal.paint(view(state))
        pacer.painted(at: Date())
    }

    private static func milliseconds(_ interval: TimeInterval) -> Int32 {
        Int32(max(0, interval * 1_000).rounded(.up))
    }

    /// Applies one message and runs its effects; false once the app should quit.
    private func dispatch(_ message: Message, _ state: inout AppState) -> Bool {
        if message == .key(.ctrl("z")) {
            terminal.suspend()
            return dispatch(.resized(terminal.size), &state)
        }
        for effect in update(&state, message) {
            switch effect {
            case .quit: return false
            case .copyToClipboard(let text): terminal.copyToClipboard(text)
            default: perform(effect)
            }
        }
        return true
    }

    /// Resizes, stops and continues, done here on the main thread where curses may run.
    /// Each ends in a `.resized`, which also makes the loop paint.
    private func handleSignals(_ events: Set<TerminalSignals.Event>) -> [Message] {
        if events.isEmpty { return [] }
        if events.contains(.suspend) {
            terminal.suspend()
        } else if events.contains(.continued) {
            terminal.resume()
        }
        if events.contains(.resized) { terminal.updateSize() }
        return [.resized(terminal.size)]
    }

    /// Everything readable now, as messages; a resize carries the new size.
    private func readInput(_ decoder: inout InputDecoder) -> [Message] {
        var messages: [Message] = []
        while let input = terminal.read() {
            if input == .resize {
                messages.append(.resized(terminal.size))
            } else if let key = decoder.feed(input) {
                messages.append(.key(key))
            }
        }
        return messages
    }

    /// A signal interrupts `poll` with nothing ready; the signal pipe is readable on the
    /// next round.
    private func wait(milliseconds: Int32, watchingInbox: Bool) -> Readiness {
        // A negative descriptor is skipped by `poll`.
        let inboxDescriptor = watchingInbox ? inbox.wakeDescriptor : -1
        var descriptors = [STDIN_FILENO, inboxDescriptor, terminal.signalDescriptor].map {
            pollfd(fd: $0, events: Int16(POLLIN), revents: 0)
        }
        guard poll(&descriptors, nfds_t(descriptors.count), milliseconds) > 0 else { return Readiness() }
        let gone = Int16(POLLHUP | POLLERR | POLLNVAL)
        return Readiness(
            input: descriptors[0].revents & Int16(POLLIN) != 0,
            inbox: descriptors[1].revents != 0,
            signals: descriptors[2].revents != 0,
            hangUp: descriptors[0].revents & gone != 0)
    }
}
