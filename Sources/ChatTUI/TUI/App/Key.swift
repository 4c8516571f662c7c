/// A key press as the terminal layer decoded it. Update matches on these, never on raw codes.
indirect enum Key: Hashable, Sendable {
    case character(Character)
    /// A control combination, by its lower-case letter: `.ctrl("a")` is Ctrl-A. Ctrl-J arrives
    /// as itself because the terminal runs with `nonl`, so it can mean "newline".
    case ctrl(Character)
    /// Alt (or Meta) with a character, which terminals send as ESC and the character.
    case alt(Character)
    case enter, altEnter, tab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown
    /// An arrow, Home, End, PgUp or PgDn held with Shift, Alt or Ctrl. Terminals send these
    /// as xterm's `CSI 1;m X` and `CSI n;m ~`; curses knows them only through terminfo's
    /// extended names (`kHOM5`), so both paths end here.
    case modified(Key, KeyModifiers)
    case function(Int)
    /// Text between bracketed-paste markers, delivered whole so it can never submit.
    case paste(String)
    case wheelUp, wheelDown

    static let ctrlHome = Key.modified(.home, .ctrl)
    static let ctrlEnd = Key.modified(.end, .ctrl)
    static let ctrlLeft = Key.modified(.left, .ctrl)
    static let ctrlRight = Key.modified(.right, .ctrl)
    static let altLeft = Key.modified(.left, .alt)
    static let altRight = Key.modified(.right, .alt)
}
