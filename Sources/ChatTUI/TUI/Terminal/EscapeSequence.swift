/// The keys in the escape sequences curses leaves undecoded: those a terminal sends but
/// its terminfo entry does not list (Ctrl-Home under `TERM=screen`, PgUp as `ESC[5~` where
/// terminfo says otherwise), in xterm's forms and the vt220 and rxvt variants.
///
/// A CSI sequence is `ESC [`, parameters, then a final byte; xterm adds the modifiers as a
/// second parameter (`ESC[1;5H` Ctrl-Home, `ESC[5;3~` Alt-PgUp). SS3 is `ESC O` and one
/// byte, sent for arrows, Home and End in the keypad's application mode.
enum EscapeSequence {
    /// The key for `body`, what followed the ESC (`[1;5H`, `OH`); nil for a sequence that is
    /// not a key (a mouse report, a focus event) or not one the app knows.
    static func key(for body: String) -> Key? {
        if body.hasPrefix("O"), body.count == 2, let final = body.last {
            return letterKey(final)
        }
        if body.hasPrefix("[<") { return MouseReport.key(sgr: body) }
        guard body.hasPrefix("["), let final = body.last else { return nil }
        let parameters = body.dropFirst().dropLast().split(separator: ";", omittingEmptySubsequences: false)
        guard parameters.count <= 2 else { return nil }
        let numbers = parameters.map { Int($0) }
        if numbers.contains(nil), !(parameters.count == 1 && parameters[0].isEmpty) { return nil }
        let first = numbers.first.flatMap { $0 }
        let base = final == "~" ? tildeKey(first) : letterKey(final)
        guard let base else { return nil }
        guard parameters.count == 2, let parameter = numbers[1] else { return base }
        guard let modifiers = KeyModifiers(xtermParameter: parameter) else { return nil }
        return modifiers.isEmpty ? base : .modified(base, modifiers)
    }

    /// `CSI X` and `SS3 X`: the arrows, Home, End, and F1–F4 in their vt100 form.
    private static func letterKey(_ final: Character) -> Key? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        default: nil
        }
    }

    /// `CSI n ~`: vt220's editing keypad (1 and 7 are Home as vt220 and rxvt send it, 4 and 8
    /// End) and the function keys.
    private static func tildeKey(_ number: Int?) -> Key? {
        switch number {
        case 1, 7: .home
        case 4, 8: .end
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case let .some(number) where (11...15).contains(number): .function(number - 10)
        case let .some(number) where (17...21).contains(number): .function(number - 11)
        case 23: .function(11)
        case 24: .function(12)
        default: nil
        }
    }
}
