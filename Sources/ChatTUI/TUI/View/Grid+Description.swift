/// Test failures and snapshots print a grid as quoted rows, the way Ratatui prints a buffer:
/// continuation cells are skipped so each row lines up as on screen, rows holding wide
/// characters are flagged, and styled runs are listed beneath.
extension Grid: CustomStringConvertible {
    var description: String {
        var lines = ["Grid \(cols)×\(rows)"]
        for row in 0..<rows {
            let wide = (0..<cols).contains { self[row: row, col: $0].isContinuation }
            lines.append("\"\(text(ofRow: row))\"" + (wide ? "  // wide" : ""))
        }
        if let cursor {
            lines.append("cursor: row \(cursor.row), col \(cursor.col)")
        } else {
            lines.append("cursor: hidden")
        }
        let runs = styleRuns()
        if !runs.isEmpty {
            lines.append("styles:")
            lines.append(contentsOf: runs)
        }
        return lines.joined(separator: "\n")
    }

    /// "  row 3, cols 0-79: r" for every stretch of one non-plain style.
    private func styleRuns() -> [String] {
        var runs: [String] = []
        for row in 0..<rows {
            var column = 0
            while column < cols {
                let style = self[row: row, col: column].style
                var end = column
                while end + 1 < cols, self[row: row, col: end + 1].style == style { end += 1 }
                if style != .plain {
                    runs.append("  row \(row), cols \(column)-\(end): \(style.summary)")
                }
                column = end + 1
            }
        }
        return runs
    }
}
