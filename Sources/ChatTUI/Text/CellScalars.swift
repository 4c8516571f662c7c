import CNCursesW

/// The scalars of one grid cell that curses draws in exactly the cell's width.
///
/// Curses gives every scalar that `wcwidth` calls spacing columns of its own, so a cluster a
/// terminal may draw as one glyph (a ZWJ family, a skin-toned emoji) would spill its later
/// members into the following cells, or onto the next row at the end of a line. So a cell
/// keeps its leading spacing scalars while they fit (a flag's two regional indicators do),
/// the combining scalars after them up to the five a curses cell holds, and stops at a
/// joiner; what the kept scalars leave of the width is padded with spaces, so no column keeps
/// an earlier frame's character.
enum CellScalars {
    /// A curses `cchar_t` holds this many wide characters (`CCHAR_MAX`).
    static let perCell = 5

    /// Needs the process's locale to be a UTF-8 one, as curses does (`CursesTerminal` sets it).
    static func of(_ text: String, width: Int) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        var used = 0
        for scalar in text.unicodeScalars {
            if scalar == "\u{200D}" || kept.count == perCell { break }
            let columns = Int(chattui_wcwidth(wchar_t(bitPattern: scalar.value)))
            if columns <= 0 {
                if !kept.isEmpty { kept.append(scalar) }
                continue
            }
            guard used + columns <= width else { break }
            kept.append(scalar)
            used += columns
        }
        return kept + Array(repeating: " ", count: max(0, width - used))
    }
}
