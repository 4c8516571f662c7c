/// A key press as the terminal layer decoded it. Update matches on these, never on raw codes.
enum Key: Hashable, Sendable {
    case character(Character)
    /// A control combination, by its lower-case letter: `.ctrl("a")` is Ctrl-A. Ctrl-J arrives
    /// as itself because the terminal runs with `nonl`, so it can mean "newline".
    case ctrl(Character)
    case enter, altEnter, tab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown
    /// Not standard curses keys; the terminal finds their codes with `key_defined`.
    case ctrlHome, ctrlEnd
    case function(Int)
    /// Text between bracketed-paste markers, delivered whole so it can never submit.
    case paste(String)
    case wheelUp, wheelDown
}
