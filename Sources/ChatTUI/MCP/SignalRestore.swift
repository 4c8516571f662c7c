import Foundation

/// Puts stdin's and stdout's flags back when SIGTERM, SIGINT or SIGHUP ends the server.
///
/// The handler may run at any instant, so it touches only plain integers written before
/// it was installed and makes only async-signal-safe calls (`fcntl`, `signal`, `raise`);
/// it then re-raises, so the parent sees the process end by that signal.
enum SignalRestore {
    private static let signals = [SIGTERM, SIGINT, SIGHUP]

    /// Records what to restore; call before `installHandlers()`.
    static func remember(input: DescriptorFlags?, output: DescriptorFlags?) {
        rememberedInput = input.map { ($0.descriptor, $0.flags) } ?? (-1, 0)
        rememberedOutput = output.map { ($0.descriptor, $0.flags) } ?? (-1, 0)
    }

    /// Installs the handlers and unblocks the signals on the calling thread, which should
    /// be the main one: a signal mask survives `exec`, and a parent that starts us from a
    /// thread blocking them (Foundation's `Process` does, from a Dispatch worker) would
    /// otherwise leave SIGTERM pending until a SIGKILL that skips the restore.
    static func installHandlers() {
        var handled = sigset_t()
        sigemptyset(&handled)
        for number in signals {
            sigaddset(&handled, number)
            signal(number, restoreAndReraise)
        }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// What the handler does before re-raising.
    static func restoreRemembered() {
        if rememberedInput.descriptor >= 0 { _ = fcntl(rememberedInput.descriptor, F_SETFL, rememberedInput.flags) }
        if rememberedOutput.descriptor >= 0 { _ = fcntl(rememberedOutput.descriptor, F_SETFL, rememberedOutput.flags) }
    }
}

nonisolated(unsafe) private var rememberedInput: (descriptor: Int32, flags: Int32) = (-1, 0)
nonisolated(unsafe) private var rememberedOutput: (descriptor: Int32, flags: Int32) = (-1, 0)

private func restoreAndReraise(_ number: Int32) {
    SignalRestore.restoreRemembered()
    signal(number, SIG_DFL)
    raise(number)
}
