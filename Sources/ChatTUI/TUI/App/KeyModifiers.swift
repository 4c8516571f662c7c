/// Shift, Alt and Ctrl held with a key, as xterm numbers them: its modifier parameter is
/// one more than this bit set (2 Shift, 3 Alt, 5 Ctrl, 6 Ctrl-Shift), and terminfo's
/// extended key names end in that same number (`kLFT5` is Ctrl-←).
struct KeyModifiers: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let shift = KeyModifiers(rawValue: 1)
    static let alt = KeyModifiers(rawValue: 2)
    static let ctrl = KeyModifiers(rawValue: 4)

    /// From xterm's parameter (2…16); Meta (8) counts as Alt, as terminals mostly mean it.
    init?(xtermParameter: Int) {
        guard (2...16).contains(xtermParameter) else { return nil }
        let bits = UInt8(xtermParameter - 1)
        self.init(rawValue: (bits & 0b111) | (bits & 0b1000 != 0 ? Self.alt.rawValue : 0))
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }
}
