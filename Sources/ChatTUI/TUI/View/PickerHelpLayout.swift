/// The picker's `?` overlay: every binding of `PickerKeymap`, then the keys of its fields
/// and its question, laid out as the review's overlay is.
enum PickerHelpLayout {
    private static let fieldKeys = [
        ("Enter", "keep the filter, or save the title"),
        ("Esc", "show all again, or leave the title unchanged"),
    ]
    private static let questionKeys = [("y", "delete (u brings it back this session)"), ("other keys", "keep it")]

    static func lines(width: Int) -> [StyledLine] {
        // Every label in the overlay sets the column, so "other keys" lines up with the rest.
        let labels = PickerKeymap.bindings.map(\.label) + (fieldKeys + questionKeys).map(\.0)
        let column = min(16, width / 3, (labels.map(CharacterWidth.of).max() ?? 0) + 2)
        let rows = { (keys: [(String, String)]) in
            keys.flatMap { HelpLayout.row($0.0, $0.1, column: column, width: width) }
        }
        var lines = [StyledLine("Conversations", .bold)]
        lines += PickerKeymap.bindings.flatMap { HelpLayout.row($0.label, $0.hint, column: column, width: width) }
        lines += [StyledLine(), StyledLine("While typing a filter or a title", .bold)] + rows(fieldKeys)
        lines += [StyledLine(), StyledLine("After d", .bold)] + rows(questionKeys)
        return lines
    }
}
