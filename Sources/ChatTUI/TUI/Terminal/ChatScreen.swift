import Foundation

/// The chat screen's life: take the terminal, run the loop, give the terminal back.
enum ChatScreen {
    /// Refuses a pipe or a file on either side, where the screen would only be garbage.
    static func requireTerminal() throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    }

    /// Blocks the main thread, where curses must stay, until the person quits; turns and
    /// database work go on elsewhere meanwhile. The terminal is restored before this
    /// returns or throws, so an error prints on the ordinary screen.
    ///
    /// Ended by SIGTERM, SIGHUP or SIGINT, it does not return: the running turn saves what had
    /// streamed, as on quit, and the process then dies of that signal.
    @MainActor
    static func run(_ initial: AppState, runtime makeRuntime: (MessageInbox) -> Runtime) throws {
        let inbox = try MessageInbox()
        let runtime = makeRuntime(inbox)
        // The first reading is the baseline; taken now, a change made while the screen
        // opens is not mistaken for the starting point.
        runtime.pollExternalChanges()
        let terminal = try CursesTerminal()
        defer { terminal.restore() }
        runtime.perform(.loadReminders)
        let loop = TerminalLoop(
            terminal: terminal, inbox: inbox, perform: runtime.perform, onTick: runtime.pollExternalChanges)
        let (ending, final) = loop.run(initial)
        terminal.restore()
        if let failure = runtime.keepDraft(of: final) { FileHandle.standardError.write(Data((failure + "\n").utf8)) }
        runtime.finish()
        TerminalSignals.hangUpsEndTheProcessAgain()
        if case .signal(let number) = ending { TerminalSignals.endProcess(with: number) }
    }
}
