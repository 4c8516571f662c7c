/// Lays the transcript out from the bottom up, only as far as needed.
///
/// The pane shows the last rows, so layout starts at the newest entry and stops once the
/// rows wanted are filled: each frame costs what is on screen (plus the scroll distance),
/// not the length of the conversation. Entries are separated by one blank row. Each entry's
/// rows come from the memo, so an entry is wrapped again only when it changed.
enum PaneLayout {
    /// The rows from `offset` rows above the bottom up to `height` rows above that, top first,
    /// and whether they reach the top of the transcript.
    static func window(
        of entries: [TranscriptEntry], width: Int, height: Int, offset: Int, memo: LayoutMemo
    ) -> (rows: [StyledLine], reachesTop: Bool) {
        let wanted = height + offset
        var collected: [[StyledLine]] = []
        var count = 0
        var index = entries.count
        while index > 0, count < wanted {
            index -= 1
            var rows = memo.rows(of: entries[index], at: index, width: width)
            if index > 0 { rows.insert(StyledLine(), at: 0) }
            count += rows.count
            collected.append(rows)
        }
        let all = Array(collected.reversed().joined())
        let bottom = max(0, all.count - offset)
        let top = max(0, bottom - height)
        return (Array(all[top..<bottom]), index == 0 && top == 0)
    }

    /// How many rows the entries take, counting no further than `limit`.
    static func rowCount(
        of entries: ArraySlice<TranscriptEntry>, width: Int, memo: LayoutMemo, limit: Int = .max
    ) -> Int {
        var count = 0
        for index in entries.indices.reversed() {
            count += memo.rows(of: entries[index], at: index, width: width).count + (index > 0 ? 1 : 0)
            if count >= limit { return count }
        }
        return count
    }
}
