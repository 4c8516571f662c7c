import CNCursesW
import Foundation

/// The terminal, through ncursesw: set up once, painted from grids, restored once.
///
/// Only this folder imports curses; everything above works on `Grid` and `Key`. Curses is not
/// thread-safe, so every call happens on the main thread, inside `TerminalLoop`.
final class CursesTerminal {
    private var previous: Grid?
    private var isActive = false
    private var keyCodes: [Int32: Key] = [:]

    /// Sets the locale from the environment first (ncursesw needs it for wide characters),
    /// falling back to C.UTF-8 when the environment names none that exists.
    init() {
        if setlocale(LC_ALL, "") == nil { setlocale(LC_ALL, "C.UTF-8") }
        initscr()
        isActive = true
        raw()
        nonl()
        noecho()
        keypad(chattui_stdscr(), true)
        set_escdelay(25)
        if has_colors() {
            start_color()
            use_default_colors()
            for (index, color) in CellColor.allCases.enumerated() where color != .default {
                init_pair(Int16(index), Self.cursesColor(color), -1)
            }
        }
        mousemask(chattui_wheel_mask(), nil)
        keyCodes = Self.keyTable()
        Self.writeRaw("\u{1B}[?2004h")
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
    func paint(_ grid: Grid) {
        let full = previous?.size != grid.size
        if full { clear() }
        for row in 0..<grid.rows {
            for col in 0..<grid.cols {
                let cell = grid[row: row, col: col]
                if cell.isContinuation { continue }
                if !full, let previous, previous[row: row, col: col] == cell,
                   col + 1 >= grid.cols || previous[row: row, col: col + 1] == grid[row: row, col: col + 1]
                {
                    continue
                }
                draw(cell, row: row, col: col)
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
        Self.writeRaw("\u{1B}[?2004l")
        endwin()
    }

    /// Ctrl-Z: gives the terminal back, stops, and takes it again when the shell resumes us.
    func suspend() {
        Self.writeRaw("\u{1B}[?2004l")
        endwin()
        kill(getpid(), SIGTSTP)
        Self.writeRaw("\u{1B}[?2004h")
        refresh()
        invalidate()
    }

    private func draw(_ cell: Cell, row: Int, col: Int) {
        var attributes: attr_t = 0
        if cell.style.bold { attributes |= chattui_a_bold() }
        if cell.style.dim { attributes |= chattui_a_dim() }
        if cell.style.reverse { attributes |= chattui_a_reverse() }
        if cell.style.underline { attributes |= chattui_a_underline() }
        let pair = Int16(CellColor.allCases.firstIndex(of: cell.style.color) ?? 0)
        let text = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        text.withUnsafeBufferPointer { buffer in
            chattui_put(Int32(row), Int32(col), buffer.baseAddress, Int32(buffer.count), attributes, pair)
        }
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

    /// Curses key codes and the keys they are. Ctrl-Home and Ctrl-End have no standard codes;
    /// terminfo names them kHOM5 and kEND5 where the terminal has them.
    private static func keyTable() -> [Int32: Key] {
        var table: [Int32: Key] = [
            KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
            KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
            KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_ENTER: .enter, KEY_BTAB: .tab,
        ]
        for number in 1...12 { table[chattui_key_f(Int32(number))] = .function(number) }
        for (name, key) in [("kHOM5", Key.ctrlHome), ("kEND5", Key.ctrlEnd)] {
            let code = key_defined(name)
            if code > 0 { table[code] = key }
        }
        return table
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
