/// The picker's `?` overlay: every binding of `PickerKeymap`, then the keys of its fields
/// and its question, laid out as the review's overlay is.
enum PickerHelpLayout {
    static func lines(width: Int) -> [StyledLine] {
        let labels = PickerKeymap.bindings.map(\.label)
        let column = min(16, width / 3, (labels.map(CharacterWidth.of).max() ?? 0) + 2)
        var lines = [StyledLine("Conversations", .bold)]
        lines += PickerKeymap.bindings.flatMap { HelpLayout.row($0.label, $0.hint, column: column, width: width) }
        lines += [StyledLine(), StyledLine("While typing a filter or a title", .bold)]
        lines += HelpLayout.row("Enter", "keep the filter, or save the title", column: column, width: width)
        lines += HelpLayout.row("Esc", "show all again, or leave the title unchanged", column: column, width: width)
        lines += [StyledLine(), StyledLine("After d", .bold)]
        lines += HelpLayout.row("y", "delete (u brings it back this session)", column: column, width: width)
        lines += HelpLayout.row("other keys", "keep it", column: column, width: width)
        return lines
    }
}
