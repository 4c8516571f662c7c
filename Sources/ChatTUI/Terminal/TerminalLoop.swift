import Foundation

/// The main-thread loop: waits on stdin, the inbox's pipe and the signal pipe, turns what
/// arrives into messages, runs `update`, hands effects to `perform`, and paints `view`.
///
/// Waiting is a `poll` with a timeout no longer than the next tick (about 250 ms), so the
/// spinner moves and "now" stays current without a busy loop.
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
    /// arrives.
    func run(_ initial: AppState) -> Ending {
        var state = initial
        var decoder = InputDecoder()
        var nextTick = Date().addingTimeInterval(Self.tickInterval)
        if state.size != terminal.size { _ = update(&state, .resized(terminal.size)) }
        terminal.paint(view(state))
        while true {
            let waitMilliseconds = decoder.isAwaitingEscape
                ? Self.escapeDelayMilliseconds
                : Int32(max(0, nextTick.timeIntervalSinceNow * 1_000).rounded(.up))
            let ready = wait(milliseconds: waitMilliseconds)
            var messages: [Message] = []
            if ready.signals {
                let events = TerminalSignals.drain(terminal.signalDescriptor)
                if let number = events.compactMap(\.endingSignal).first { return .signal(number) }
                messages += handleSignals(events)
            }
            if ready.hangUp { return .quit }
            if ready.input {
                messages += readInput(&decoder)
            } else if !ready.inbox, let key = decoder.flush() {
                // The escape delay passed with nothing after the ESC: it was the Esc key.
                messages.append(.key(key))
            }
            if ready.inbox { messages += inbox.drain() }
            if Date() >= nextTick {
                messages.append(.tick(Date()))
                nextTick = Date().addingTimeInterval(Self.tickInterval)
                onTick()
            }
            for message in messages {
                guard dispatch(message, &state) else { return .quit }
            }
            if !messages.isEmpty { terminal.paint(view(state)) }
        }
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
    private func wait(milliseconds: Int32) -> Readiness {
        var descriptors = [STDIN_FILENO, inbox.wakeDescriptor, terminal.signalDescriptor].map {
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
