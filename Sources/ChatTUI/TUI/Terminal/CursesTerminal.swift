import CNCursesW
import Foundation

/// The terminal, through ncursesw: set up once, painted from grids, restored once.
///
/// Only this folder imports curses; everything above works on `Grid` and `Key`. Curses is not
/// thread-safe, so every call happens on the main thread, inside `TerminalLoop`.
final class CursesTerminal {
    private var previous: Grid?
    private var isActive = false
    private let keyCodes: [Int32: Key]
    /// False under `NO_COLOR`: cells are drawn with attributes only.
    private let usesColor: Bool
    /// What the app turns on around curses (bracketed paste, and mouse reports where curses
    /// makes none), and off again.
    private let modesOn: String
    private let modesOff: String

    /// The read end of the pipe the signal handlers write to, polled by the loop.
    let signalDescriptor: Int32

    /// Sets the locale from the environment first (ncursesw needs it for wide characters),
    /// falling back to C.UTF-8 when the environment names none that exists.
    ///
    /// `newterm` rather than `initscr`, which prints its own message and exits on an unknown
    /// `TERM`; here that is a one-line error on the untouched terminal.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        if setlocale(LC_ALL, "") == nil { setlocale(LC_ALL, "C.UTF-8") }
        let name = environment["TERM"]
        switch chattui_can_address_cursor(nil) {
        case -1: throw .unknownTerminal(name)
        case 0: throw .noCursorAddressing(name ?? "")
        default: break
        }
        var shellModes = termios()
        let hasShellModes = tcgetattr(STDIN_FILENO, &shellModes) == 0
        signalDescriptor = try TerminalSignals.prepare(shellModes: hasShellModes ? shellModes : nil)
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              newterm(nil, output, input) != nil
        else {
            TerminalSignals.release()
            throw .unknownTerminal(name)
        }
        isActive = true
        raw()
        nonl()
        noecho()
        keypad(chattui_stdscr(), true)
        // Lets curses send a scroll for rows that moved (see `paint`) instead of every row.
        idlok(chattui_stdscr(), true)
        set_escdelay(25)
        usesColor = has_colors() && !Self.colorRefused(by: environment)
        if usesColor {
            start_color()
            use_default_colors()
            for (index, color) in CellColor.allCases.enumerated() where color != .default {
                init_pair(Int16(index), Self.cursesColor(color), -1)
            }
        }
        mousemask(chattui_wheel_mask(), nil)
        // Where terminfo names no mouse curses reports none; ask for SGR reports ourselves
        // (`MouseReport` reads their wheel), as a terminal ignores modes it does not know.
        let reportsItself = !has_mouse()
        modesOn = Self.pasteOn + (reportsItself ? Self.mouseOn : "")
        modesOff = Self.pasteOff + (reportsItself ? Self.mouseOff : "")
        keyCodes = Self.keyTable()
        TerminalSignals.install(restoreSequence: Self.restoreSequence())
        Self.writeRaw(modesOn)
    }

    deinit { restore() }

    var size: Size { Size(rows: Int(chattui_lines()), cols: Int(chattui_cols())) }

    /// The next input without waiting, or nil when there is none.
    func read() -> RawInput? {
        timeout(0)
        var value: UInt32 = 0
        let result = chattui_get_wch(&value)
        if result == ERR { return nil }
        if result == KEY_CODE_YES {
            return keyInput(Int32(value))
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return .scalar(scalar)
    }

    /// A curses key code as input; mouse events other than the wheel, and keys the app has no
    /// use for, are nil.
    private func keyInput(_ code: Int32) -> RawInput? {
        if code == chattui_key_resize() { return .resize }
        if code == KEY_MOUSE {
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if chattui_is_wheel_up(event.bstate) != 0 { return .key(.wheelUp) }
            if chattui_is_wheel_down(event.bstate) != 0 { return .key(.wheelDown) }
            return nil
        }
        return keyCodes[code].map(RawInput.key)
    }

    /// Copies `grid` to the screen, writing only cells that changed since the last frame.
    ///
    /// A row the frame left alone is skipped after one comparison instead of one per cell.
    /// Rows that moved up (a streamed reply adding a row at the bottom of the pane) are
    /// scrolled by curses, which tells the terminal to scroll them (`idlok`), so only the
    /// rows they uncovered are drawn and sent.
    func paint(_ grid: Grid) {
        var screen = previous
        if let old = screen, let shift = ScrollShift.between(old, grid), scroll(shift) {
            screen = shift.applied(to: old)
        }
        let full = screen?.size != grid.size
        if full { clear() }
        for row in 0..<grid.rows {
            if !full, let screen, screen.hasSameRow(row, as: grid) { continue }
            for col in 0..<grid.cols {
                let cell = grid[row: row, col: col]
                if cell.isContinuation { continue }
                if !full, let screen, screen[row: row, col: col] == cell,
                   col + 1 >= grid.cols || screen[row: row, col: col + 1] == grid[row: row, col: col + 1]
                {
                    continue
                }
                let wide = col + 1 < grid.cols && grid[row: row, col: col + 1].isContinuation
                draw(cell, width: wide ? 2 : 1, row: row, col: col)
            }
        }
        if let cursor = grid.cursor {
            curs_set(1)
            move(Int32(cursor.row), Int32(cursor.col))
        } else {
            curs_set(0)
        }
        refresh()
        previous = grid
    }

    /// Scrolls the shift's band of curses' screen; false if curses refused.
    private func scroll(_ shift: ScrollShift) -> Bool {
        let screen = chattui_stdscr()
        guard wsetscrreg(screen, Int32(shift.top), Int32(shift.bottom)) == OK else { return false }
        scrollok(screen, true)
        let scrolled = wscrl(screen, Int32(shift.distance)) == OK
        scrollok(screen, false)
        wsetscrreg(screen, 0, Int32(chattui_lines() - 1))
        return scrolled
    }

    /// Forgets the last frame, so the next paint redraws everything (after a resume).
    func invalidate() { previous = nil }

    /// Puts text on the clipboard with OSC 52, which terminals and tmux (with
    /// `set-clipboard on`) honour even over SSH, where no local clipboard tool could reach.
    func copyToClipboard(_ text: String) {
        Self.writeRaw("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}")
    }

    /// Puts the terminal back as it was: paste mode off, curses ended. Safe to call twice.
    func restore() {
        guard isActive else { return }
        isActive = false
        TerminalSignals.uninstall()
        Self.writeRaw(modesOff)
        endwin()
    }

    /// Ctrl-Z: gives the terminal back, stops, and takes it again when the shell resumes us.
    func suspend() {
        Self.writeRaw(modesOff)
        endwin()
        TerminalSignals.stopProcessGroup()
        resume()
    }

    /// Takes the terminal again after a stop. The shell may have put its own modes back
    /// meanwhile, so curses' are set again, and the next paint redraws every cell.
    func resume() {
        reset_prog_mode()
        refresh()
        Self.writeRaw(modesOn)
        invalidate()
    }

    /// Asks the kernel for the size after SIGWINCH and tells curses, which also queues a
    /// `KEY_RESIZE`.
    func updateSize() {
        var rows: Int32 = 0
        var cols: Int32 = 0
        if chattui_window_size(STDOUT_FILENO, &rows, &cols) == 0 { resizeterm(rows, cols) }
    }

    private func draw(_ cell: Cell, width: Int, row: Int, col: Int) {
        var attributes: attr_t = 0
        if cell.style.bold { attributes |= chattui_a_bold() }
        if cell.style.dim { attributes |= chattui_a_dim() }
        if cell.style.reverse { attributes |= chattui_a_reverse() }
        if cell.style.underline { attributes |= chattui_a_underline() }
        // Without colour, what a colour marked (errors, the prompt) stands out in bold.
        if !usesColor, cell.style.color != .default { attributes |= chattui_a_bold() }
        let pair = usesColor ? Int16(CellColor.allCases.firstIndex(of: cell.style.color) ?? 0) : 0
        let text = CellScalars.of(cell.text, width: width).map { wchar_t(bitPattern: $0.value) }
        text.withUnsafeBufferPointer { buffer in
            chattui_put(Int32(row), Int32(col), buffer.baseAddress, Int32(buffer.count), attributes, pair)
        }
    }

    /// <https://no-color.org>: `NO_COLOR` set to anything but the empty string turns colour off.
    static func colorRefused(by environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }

    private static func cursesColor(_ color: CellColor) -> Int16 {
        switch color {
        case .default: -1
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        }
    }

    /// Curses key codes and the keys they are.
    ///
    /// Modified arrows, Home, End, PgUp and PgDn have no standard codes: terminfo lists their
    /// sequences under extended names (`kHOM5` is Ctrl-Home: the name, then xterm's modifier
    /// parameter), and ncurses gives each listed sequence a code of its own, which
    /// `key_defined` answers when asked with the sequence (not the name).
    static func keyTable() -> [Int32: Key] {
        var table: [Int32: Key] = [
            KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
            KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
            KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_ENTER: .enter, KEY_BTAB: .tab,
            KEY_SLEFT: .modified(.left, .shift), KEY_SRIGHT: .modified(.right, .shift),
            KEY_SR: .modified(.up, .shift), KEY_SF: .modified(.down, .shift),
            KEY_SHOME: .modified(.home, .shift), KEY_SEND: .modified(.end, .shift),
            KEY_SPREVIOUS: .modified(.pageUp, .shift), KEY_SNEXT: .modified(.pageDown, .shift),
        ]
        for number in 1...12 { table[chattui_key_f(Int32(number))] = .function(number) }
        let named: [(String, Key)] = [
            ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right),
            ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown),
        ]
        for (name, key) in named {
            for parameter in 2...8 {
                guard let modifiers = KeyModifiers(xtermParameter: parameter),
                      let sequence = chattui_string_capability("\(name)\(parameter)")
                else { continue }
                let code = key_defined(sequence)
                if code > 0 { table[code] = .modified(key, modifiers) }
            }
        }
        return table
    }

    private static let pasteOn = "\u{1B}[?2004h"
    private static let pasteOff = "\u{1B}[?2004l"
    private static let mouseOn = "\u{1B}[?1000h\u{1B}[?1006h"
    private static let mouseOff = "\u{1B}[?1000l\u{1B}[?1006l"

    /// What a signal handler writes to leave the screen as curses' `endwin` would: paste
    /// mode and mouse reports off, plain attributes, a visible cursor, the keypad in its
    /// normal mode, and the shell's screen back. Padding (`$<5>`) is dropped: only a
    /// real terminal at a slow baud rate needs it.
    private static func restoreSequence() -> [UInt8] {
        var text = pasteOff + mouseOff
        for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = chattui_string_capability(name) else { continue }
            text += String(cString: value).replacing(/\$<[0-9.*\/]*>/, with: "")
        }
        return Array(text.utf8)
    }

    /// Straight to the terminal's file descriptor, around curses' own buffer.
    private static func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(STDOUT_FILENO, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
