/// How a help overlay answers a key: the list keys scroll it, any other key closes it.
///
/// The chat's F1 screen and the `?` overlays of the review and the picker share it, so the
/// hint they all print ("↑/↓ PgUp/PgDn scroll · other keys: back") is true of each.
enum HelpScroll {
    static let hint = "↑/↓ PgUp/PgDn scroll · other keys: back"

    /// The offset after `key`, kept within the text; nil when the key closes the overlay.
    static func offset(after key: Key, from offset: Int, height: Int, lineCount: Int) -> Int? {
        let last = max(0, lineCount - height)
        let page = max(1, height - 1)
        let moved: Int
        switch key {
        case .down, .character("j"), .wheelDown: moved = offset + 1
        case .up, .character("k"), .wheelUp: moved = offset - 1
        case .pageDown, .character(" "): moved = offset + page
        case .pageUp: moved = offset - page
        case .home, .character("g"): moved = 0
        case .end, .character("G"): moved = last
        default: return nil
        }
        return min(max(0, moved), last)
    }
}
