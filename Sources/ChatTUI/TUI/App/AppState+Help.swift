/// Keys on the help screen: it scrolls, and any key that does not closes it, back to the
/// chat as it was.
extension AppState {
    mutating func handleHelpKey(_ key: Key, _ help: inout HelpScreen) -> [Effect] {
        let lineCount = HelpLayout.lines(for: size).count
        guard let offset = HelpScroll.offset(
            after: key, from: help.offset, height: HelpLayout.listHeight(size), lineCount: lineCount)
        else {
            screen = .chat
            return []
        }
        help.offset = offset
        return []
    }
}
