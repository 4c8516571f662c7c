import Foundation

/// Signals while the chat screen is up.
///
/// SIGTERM, SIGHUP and SIGINT (`kill`, a closed terminal window; Ctrl-C itself arrives as a
/// key in raw mode) ask the loop to end the way Esc and `/quit` do: it stops, the running
/// turn saves what had streamed, marked interrupted, and only then is the signal raised
/// again, on the restored terminal, so the parent sees how the process ended
/// (``endProcess(with:)``). A second one while that happens (a hang-up excepted) ends the process at once, in
/// case the loop cannot answer. The other signals that end a process (SIGQUIT, a crash)
/// put the terminal back and are raised again straight from the handler. Job control and resizes only wake the loop, which handles
/// them on the main thread, where curses may be called.
///
/// A handler may run at any instant on any thread, so handlers read only memory prepared
/// before they were installed, through raw pointers (no exclusivity checks, no retains), and
/// make only async-signal-safe calls: `write`, `tcsetattr`, `signal`, `sigaction`, `raise`.
enum TerminalSignals {
    /// What the loop is asked to do; the handlers send each as one byte on the pipe.
    enum Event: UInt8 {
        case resized = 0x77
        /// SIGTSTP from outside (Ctrl-Z itself arrives as a key in raw mode).
        case suspend = 0x7A
        /// SIGCONT: the shell may have changed the terminal while the process was stopped.
        case continued = 0x63
        /// SIGTERM: end as `/quit` does, then die of the signal.
        case terminate = 0x74
        /// SIGHUP: the same, for the hang-up.
        case hangUp = 0x68
        /// SIGINT sent by another process: the same again.
        case interrupt = 0x69

        /// The signal to die of once the loop has ended, for the events that end it.
        var endingSignal: Int32? {
            switch self {
            case .terminate: SIGTERM
            case .hangUp: SIGHUP
            case .interrupt: SIGINT
            case .resized, .suspend, .continued: nil
            }
        }
    }

    /// Signals that end the process once the loop has let the turn save.
    private static let graceful = [SIGTERM, SIGHUP, SIGINT]
    /// Signals that end it from the handler.
    private static let ending = [SIGQUIT]
    /// Swift traps arrive as SIGILL (x86-64) or SIGTRAP (arm64).
    private static let fatal = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Makes the pipe, remembers the shell's terminal modes and takes SIGTSTP; call before
    /// curses starts. Returns the read end, for the loop to poll.
    static func prepare(shellModes: termios?) throws(TerminalError) -> Int32 {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw .noPipe(errno) }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        handlerState.pointee = HandlerState(
            restoreBytes: nil, restoreCount: 0, shellModes: shellModes ?? termios(),
            hasShellModes: shellModes != nil, notify: descriptors[1], endRequested: false)
        // Curses leaves SIGTSTP alone when it is already handled as it starts; otherwise it
        // ignores the signal during every screen update, and a `kill -TSTP` that lands
        // while a frame is drawn is lost.
        signal(SIGTSTP, notifySuspend)
        return descriptors[0]
    }

    /// Gives SIGTSTP its default back when curses could not start after ``prepare(shellModes:)``.
    static func release() {
        signal(SIGTSTP, SIG_DFL)
    }

    /// Installs the handlers; `restoreSequence` is what a handler writes to put the screen
    /// back (curses cannot be called from one), computed while curses is up.
    ///
    /// The handlers replace the ones curses installed for SIGINT, SIGTERM and SIGWINCH, which
    /// call functions that are not safe in a handler.
    static func install(restoreSequence: [UInt8]) {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, restoreSequence.count))
        bytes.initialize(from: restoreSequence, count: restoreSequence.count)
        handlerState.pointee.restoreBytes = bytes
        handlerState.pointee.restoreCount = restoreSequence.count
        var handled = sigset_t()
        sigemptyset(&handled)
        for number in ending {
            signal(number, restoreAndReraise)
            sigaddset(&handled, number)
        }
        for number in graceful {
            signal(number, requestEnd)
            sigaddset(&handled, number)
        }
        for number in fatal {
            sigaction(number, nil, previousActions + Int(number))
            signal(number, restoreAndCrash)
        }
        signal(SIGCONT, notifyContinued)
        signal(SIGWINCH, notifyResized)
        // A parent that started us from a thread blocking these (Foundation's `Process` does)
        // would otherwise leave SIGTERM pending until a SIGKILL that skips the restore.
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// Gives every signal its earlier meaning back, once the terminal is restored, except
    /// SIGHUP, which stays ignored until ``hangUpsEndTheProcessAgain()``: closing a window
    /// hangs up twice (the terminal's hang-up and the shell's or tmux's to its jobs), and a
    /// late one must not cut short the save of the running turn that follows.
    static func uninstall() {
        for number in graceful + ending + [SIGTSTP, SIGCONT, SIGWINCH] {
            signal(number, number == SIGHUP ? SIG_IGN : SIG_DFL)
        }
        for number in fatal { sigaction(number, previousActions + Int(number), nil) }
    }

    /// Lets SIGHUP end the process again, once the running turn has saved.
    static func hangUpsEndTheProcessAgain() {
        signal(SIGHUP, SIG_DFL)
    }

    /// Everything signalled since the last call, each event once.
    static func drain(_ descriptor: Int32) -> Set<Event> {
        var events = Set<Event>()
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { return events }
            for byte in buffer[..<count] {
                if let event = Event(rawValue: byte) { events.insert(event) }
            }
        }
    }

    /// Dies of `number` now that the terminal is restored and the turn saved, as the
    /// process would have without our handler; a parent (a shell, a supervisor) reads the
    /// signal from the exit status. Exits 128 + `number` should the signal not end it.
    static func endProcess(with number: Int32) -> Never {
        signal(number, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, number)
        // The main actor's thread may block it, as Dispatch's threads do.
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(number)
        exit(128 + number)
    }

    /// Stops the process group as Ctrl-Z in a cooked terminal would, so a shell running us
    /// inside a script stops too and the prompt comes back; returns once continued.
    ///
    /// The group's signal would reach this process on whichever thread the kernel picks,
    /// possibly after the handler is back, so this process ignores that copy and stops
    /// itself with a signal to the calling thread, which takes effect before `raise` returns.
    /// That thread may block job-control signals (Dispatch's threads do), so it unblocks
    /// SIGTSTP meanwhile.
    static func stopProcessGroup() {
        signal(SIGTSTP, SIG_IGN)
        kill(0, SIGTSTP)
        signal(SIGTSTP, SIG_DFL)
        var stop = sigset_t()
        var previousMask = sigset_t()
        sigemptyset(&stop)
        sigaddset(&stop, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &stop, &previousMask)
        raise(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        signal(SIGTSTP, notifySuspend)
    }
}

/// What the handlers read, all written before they are installed.
private struct HandlerState {
    var restoreBytes: UnsafeMutablePointer<UInt8>?
    var restoreCount: Int
    var shellModes: termios
    var hasShellModes: Bool
    /// The pipe's write end: non-blocking, so a handler never waits on a full pipe.
    var notify: Int32
    /// A SIGTERM, SIGHUP or SIGINT has been passed to the loop; the next one ends the process.
    var endRequested: Bool
}

nonisolated(unsafe) private let handlerState: UnsafeMutablePointer<HandlerState> = {
    let state = UnsafeMutablePointer<HandlerState>.allocate(capacity: 1)
    state.initialize(
        to: HandlerState(
            restoreBytes: nil, restoreCount: 0, shellModes: termios(), hasShellModes: false, notify: -1,
            endRequested: false))
    return state
}()

/// The handlers the fatal signals had before ours (Swift's backtracer, usually), by number.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    actions.initialize(repeating: sigaction(), count: 65)
    return actions
}()

private func restoreTerminal() {
    let state = handlerState
    if let bytes = state.pointee.restoreBytes {
        var offset = 0
        while offset < state.pointee.restoreCount {
            let written = write(STDOUT_FILENO, bytes + offset, state.pointee.restoreCount - offset)
            if written <= 0 { break }
            offset += written
        }
    }
    if state.pointee.hasShellModes { tcsetattr(STDIN_FILENO, TCSANOW, &state.pointee.shellModes) }
}

private func restoreAndReraise(_ number: Int32) {
    restoreTerminal()
    signal(number, SIG_DFL)
    raise(number)
}

/// Hands the crash to whoever handled it before (a backtrace prints on the restored screen).
private func restoreAndCrash(_ number: Int32) {
    restoreTerminal()
    sigaction(number, previousActions + Int(number), nil)
    raise(number)
}

/// Keeps `errno` as it was: the code the signal interrupted may be about to read it.
private func notify(_ event: TerminalSignals.Event) {
    let saved = errno
    var byte = event.rawValue
    _ = write(handlerState.pointee.notify, &byte, 1)
    errno = saved
}

/// SIGTERM, SIGHUP, SIGINT: the first asks the loop to end; a second SIGTERM or SIGINT, if
/// the loop has not ended the process by then, ends it from here. A second SIGHUP does not:
/// closing a window hangs up twice (the terminal's own hang-up, and the shell's or tmux's to
/// its jobs), and the loop's wait for the save is bounded anyway.
private func requestEnd(_ number: Int32) {
    if handlerState.pointee.endRequested {
        if number != SIGHUP { restoreAndReraise(number) }
        return
    }
    handlerState.pointee.endRequested = true
    switch number {
    case SIGHUP: notify(.hangUp)
    case SIGINT: notify(.interrupt)
    default: notify(.terminate)
    }
}

private func notifySuspend(_: Int32) { notify(.suspend) }
private func notifyContinued(_: Int32) { notify(.continued) }
private func notifyResized(_: Int32) { notify(.resized) }
