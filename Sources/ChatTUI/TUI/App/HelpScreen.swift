/// The help screen: every chat key and command, scrolled by `offset` rows when the terminal
/// is shorter than the list.
struct HelpScreen: Hashable, Sendable {
    var offset = 0
}
