/// How one cell is drawn. Kept to what every terminal ncurses supports, so a frame looks the
/// same under tmux, in a bare console and in a snapshot.
struct CellStyle: Hashable, Sendable {
    var bold = false
    var dim = false
    var reverse = false
    var underline = false
    var color: CellColor = .default

    static let plain = CellStyle()
    static let bold = CellStyle(bold: true)
    static let dim = CellStyle(dim: true)
    static let reverse = CellStyle(reverse: true)

    static func colored(_ color: CellColor) -> CellStyle { CellStyle(color: color) }

    /// Short marks for snapshot text, such as "b,r,cyan"; empty for plain.
    var summary: String {
        var marks: [String] = []
        if bold { marks.append("b") }
        if dim { marks.append("d") }
        if reverse { marks.append("r") }
        if underline { marks.append("u") }
        if color != .default { marks.append(color.rawValue) }
        return marks.joined(separator: ",")
    }
}

/// The foreground colours the view uses; the terminal maps each to a colour pair.
enum CellColor: String, CaseIterable, Sendable {
    case `default`, red, green, yellow, blue, magenta, cyan
}
