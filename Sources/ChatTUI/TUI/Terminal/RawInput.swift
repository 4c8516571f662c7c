/// One thing `get_wch` returned: a character, a key curses already decoded, or a resize.
enum RawInput: Hashable, Sendable {
    case scalar(Unicode.Scalar)
    case key(Key)
    /// `KEY_RESIZE`: the loop turns it into `.resized` with the new size.
    case resize
}
