/// The help screen's text and rows: a title row, the list, a hint row, the status bar.
/// Update reads it too, to know how far the list scrolls.
enum HelpLayout {
    static let listTop = 2
    /// The key labels' column is at most this wide; a longer label wraps its hint below.
    private static let labelWidth = 24

    static func listHeight(_ size: Size) -> Int { max(1, size.rows - listTop - 2) }
    static func hintRow(_ size: Size) -> Int { size.rows - 2 }
    static func statusRow(_ size: Size) -> Int { size.rows - 1 }

    /// The list as drawn on a screen of `size`, one column in from the left edge.
    static func lines(for size: Size) -> [StyledLine] {
        lines(width: size.cols - 1)
    }

    /// Every key of ``ChatKeymap`` and every slash command, wrapped to `width`.
    static func lines(width: Int) -> [StyledLine] {
        let labels = ChatKeymap.bindings.map(\.label) + SlashCommand.usage.map(\.0)
        let column = min(labelWidth, width / 3, (labels.map(CharacterWidth.of).max() ?? 0) + 2)
        var lines = [StyledLine("Keys", .bold)]
        lines += ChatKeymap.bindings.flatMap { row($0.label, $0.hint, column: column, width: width) }
        lines += [StyledLine(), StyledLine("Commands", .bold)]
        lines += SlashCommand.usage.flatMap { row($0.0, $0.1, column: column, width: width) }
        return lines
    }

    /// "Ctrl-Y  put back what was cut last", the hint's continuation rows under the hint.
    static func row(_ label: String, _ hint: String, column: Int, width: Int) -> [StyledLine] {
        let gap = max(2, column - CharacterWidth.of(label))
        var line = StyledLine(label, .bold, hangingIndent: column)
        line.append(String(repeating: " ", count: gap), .plain)
        line.append(hint, .plain)
        return TextWrapper.wrap(line, width: width)
    }
}
