/// The review's `?` overlay: every binding of `ReviewKeymap` and `DetailKeymap`, laid out as
/// the chat's help lays out its own table, so the list is the one `update` reads.
enum ReviewHelpLayout {
    static func lines(width: Int) -> [StyledLine] {
        let labels = ReviewKeymap.bindings.map(\.label) + DetailKeymap.bindings.map(\.label)
        let column = min(16, width / 3, (labels.map(CharacterWidth.of).max() ?? 0) + 2)
        var lines = [StyledLine("Task review", .bold)]
        lines += ReviewKeymap.bindings.flatMap { HelpLayout.row($0.label, $0.hint, column: column, width: width) }
        lines += [StyledLine(), StyledLine("Details (Enter)", .bold)]
        lines += DetailKeymap.bindings.flatMap { HelpLayout.row($0.label, $0.hint, column: column, width: width) }
        lines += [StyledLine(), StyledLine("While typing in a field", .bold)]
        lines += HelpLayout.row("Enter, Esc", "save, or leave it unchanged", column: column, width: width)
        return lines
    }
}
