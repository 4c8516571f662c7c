import AgentCore
import Persistence

/// The search screen: the newest matches first, each as two rows (where it is and when, then
/// the snippet with the matched text in bold reverse), laid out as the picker is.
enum SearchView {
    static func draw(_ search: SearchScreen, state: AppState, on grid: inout Grid) {
        drawTitle(search, on: &grid)
        drawList(search, state: state, on: &grid)
        drawFooter(search, on: &grid)
        StatusBar.draw(state, row: TaskReviewLayout.statusRow(grid.size), on: &grid, hints: "")
    }

    private static func drawTitle(_ search: SearchScreen, on grid: inout Grid) {
        var title = " Search"
        if let text = search.text {
            title += " “\(clean(text))”"
            if !search.isSearching {
                let count = search.window.total
                title += " · \(count) \(count == 1 ? "match" : "matches")"
            }
        }
        grid.write(title, row: 0, col: 0, style: .bold)
        grid.write(String(repeating: "─", count: grid.cols), row: 1, col: 0, style: .dim)
    }

    private static func drawList(_ search: SearchScreen, state: AppState, on grid: inout Grid) {
        let top = TaskReviewLayout.listTop
        if search.text == nil {
            grid.write("Type the text to find in every conversation and task.", row: top, col: 2, style: .dim)
            return
        }
        if search.isSearching {
            grid.write("Searching…", row: top, col: 2, style: .dim)
            return
        }
        if search.window.total == 0 {
            grid.write("No message or task holds “\(clean(search.text ?? ""))”.", row: top, col: 2, style: .dim)
            return
        }
        let visible = search.selection.visible(height: state.searchPageSize)
        for position in visible {
            let row = top + (position - visible.lowerBound) * 2
            let selected = position == search.selection.index
            guard let match = search.window[position] else {
                // Not read yet: the next window is on its way.
                grid.write("…", row: row, col: 2, style: selected ? .reverse : .dim)
                continue
            }
            draw(match, selected: selected, row: row, state: state, on: &grid)
        }
    }

    /// "Groceries · 2026-11-26 09:30" (or "task #5 · …"), then the snippet below it.
    private static func draw(_ match: SearchMatch, selected: Bool, row: Int, state: AppState, on grid: inout Grid) {
        let base = selected ? CellStyle.reverse : .plain
        if selected {
            grid.fill(row: row, style: base)
            grid.fill(row: row + 1, style: base)
        }
        let place: String
        switch match.source {
        case .message: place = clean(match.title).isEmpty ? "(untitled)" : clean(match.title)
        case .task(let id, let completed): place = "task #\(id)" + (completed ? " ✓" : "")
        }
        let end = grid.write(place, row: row, col: 2, style: CellStyle(bold: true, reverse: selected))
        grid.write(" · " + LocalTime.minutes(match.createdAt, in: state.timeZone), row: row, col: end,
                   style: CellStyle(dim: !selected, reverse: selected))
        var line = StyledLine()
        for part in showingTheMatch(match.snippet.parts, width: grid.cols - 4) {
            // A match stands out by flipping the row's reverse, so it shows on the cursor's row too.
            line.append(clean(part.text), part.isMatch ? CellStyle(bold: true, reverse: !selected) : base)
        }
        line.draw(on: &grid, row: row + 1, col: 4)
    }

    /// Text before the first match is cut to a third of the row, so the match shows on a
    /// narrow screen too.
    private static func showingTheMatch(_ parts: [Snippet.Part], width: Int) -> [Snippet.Part] {
        guard var first = parts.first, !first.isMatch, parts.count > 1 else { return parts }
        let room = max(1, width / 3)
        let lead = clean(first.text)
        guard CharacterWidth.of(lead) > room else { return parts }
        var kept = ""
        for character in lead.reversed() {
            guard CharacterWidth.of(kept) + CharacterWidth.of(character) < room else { break }
            kept.insert(character, at: kept.startIndex)
        }
        first.text = "…" + kept
        return [first] + parts.dropFirst()
    }

    private static func drawFooter(_ search: SearchScreen, on grid: inout Grid) {
        let size = grid.size
        let noticeRow = TaskReviewLayout.noticeRow(size)
        let hint: String
        switch search.mode {
        case .browsing:
            hint = SearchKeymap.hintLine
            if let notice = search.notice {
                grid.write(" " + clean(notice), row: noticeRow, col: 0, style: .colored(.yellow))
            }
        case .typing(let editor):
            grid.writeField(" Search: ", editor, row: noticeRow, col: 0)
            hint = search.notice.map(clean) ?? "Enter searches · Esc goes back"
        }
        let wrapped = TextWrapper.wrap(StyledLine(" " + hint, .dim), width: grid.cols)
        wrapped.first?.draw(on: &grid, row: TaskReviewLayout.hintRow(size), col: 0)
    }

    /// One line of inert text: stored text is data until it is drawn.
    private static func clean(_ text: String) -> String {
        TerminalSanitizer.sanitize(text.replacingOccurrences(of: "\n", with: " "), keepNewlines: false)
    }
}
