/// Keys on the help screen: it scrolls, and any key that does not closes it, back to the
/// chat as it was.
extension AppState {
    mutating func handleHelpKey(_ key: Key, _ help: inout HelpScreen) -> [Effect] {
        let height = HelpLayout.listHeight(size)
        let last = max(0, HelpLayout.lines(for: size).count - height)
        switch key {
        case .down, .character("j"), .wheelDown: help.offset += 1
        case .up, .character("k"), .wheelUp: help.offset -= 1
        case .pageDown, .character(" "): help.offset += max(1, height - 1)
        case .pageUp: help.offset -= max(1, height - 1)
        case .home, .character("g"): help.offset = 0
        case .end, .character("G"): help.offset = last
        default:
            screen = .chat
            return []
        }
        help.offset = min(max(0, help.offset), last)
        return []
    }
}
