import Foundation

/// The main-thread loop: waits on stdin and the inbox's pipe, turns what arrives into
/// messages, runs `update`, hands effects to `perform`, and paints `view`.
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

    /// Runs until an update returns `.quit`, and returns the final state.
    func run(_ initial: AppState) -> AppState {
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
            }
            for message in messages {
                if message == .key(.ctrl("z")) {
                    terminal.suspend()
                    continue
                }
                for effect in update(&state, message) {
                    switch effect {
                    case .quit: return state
                    case .copyToClipboard(let text): terminal.copyToClipboard(text)
                    default: perform(effect)
                    }
                }
            }
            if !messages.isEmpty { terminal.paint(view(state)) }
        }
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

    private func wait(milliseconds: Int32) -> (input: Bool, inbox: Bool) {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&descriptors, 2, milliseconds) > 0 else { return (false, false) }
        return (descriptors[0].revents != 0, descriptors[1].revents != 0)
    }
}
