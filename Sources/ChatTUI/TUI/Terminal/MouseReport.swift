/// The wheel in the mouse reports curses leaves undecoded: where terminfo names no mouse
/// (`TERM=vt100` under tmux), `CursesTerminal` asks for reports itself and they arrive raw.
///
/// Only the wheel is a key; a click or a drag is dropped, so it never types its bytes.
enum MouseReport {
    /// SGR reports (mode 1006), `[<64;10;5M`: the button, the column and the row in decimal.
    static func key(sgr body: String) -> Key? {
        guard body.hasPrefix("[<"), body.last == "M" || body.last == "m" else { return nil }
        let first = body.dropFirst(2).prefix { $0 != ";" }
        return Int(first).flatMap(wheel)
    }

    /// X10 reports, `[M` and three bytes: the button, the column and the row, each plus 32.
    static func key(x10Button byte: Unicode.Scalar) -> Key? {
        byte.value >= 32 ? wheel(Int(byte.value) - 32) : nil
    }

    /// 64 is the wheel up and 65 down; Shift, Alt and Ctrl add 4, 8 and 16.
    private static func wheel(_ button: Int) -> Key? {
        switch button & ~(4 | 8 | 16) {
        case 64: .wheelUp
        case 65: .wheelDown
        default: nil
        }
    }
}
