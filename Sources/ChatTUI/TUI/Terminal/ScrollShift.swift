/// A band of rows that moved up between two frames, as the conversation pane does when a
/// streamed reply adds a row at its bottom: the terminal scrolls the band instead of
/// drawing every row of it again.
///
/// Found by comparing rows, not from the view: the screen stays a pure function of the
/// state, and any screen whose rows moved up (a reply streaming, the wheel) gains alike.
struct ScrollShift: Equatable {
    /// The band's first and last rows, before the scroll.
    let top: Int
    let bottom: Int
    /// How many rows it moved up.
    let distance: Int

    /// The farthest a band is looked for: a reply streams a row or two a frame, the wheel
    /// three. A longer jump (a page) is drawn as before.
    static let longestDistance = 4
    /// Fewer moved rows than this are cheaper to draw than to scroll.
    static let fewestRows = 3

    /// The shift that leaves the most rows of `new` already in place, if scrolling gains at
    /// least ``fewestRows`` rows; nil for grids of different sizes.
    static func between(_ old: Grid, _ new: Grid) -> ScrollShift? {
        guard old.size == new.size else { return nil }
        let changed = (0..<new.rows).map { !old.hasSameRow($0, as: new) }
        guard changed.count(where: { $0 }) >= fewestRows else { return nil }
        var best: (shift: ScrollShift, gain: Int)?
        for distance in 1...min(longestDistance, max(1, new.rows - 1)) {
            var start: Int?
            var gain = 0
            for row in 0...(new.rows - distance) {
                let moved = row < new.rows - distance && new.hasSameRow(row, as: old, shiftedBy: distance)
                if moved {
                    if start == nil { (start, gain) = (row, 0) }
                    if changed[row] { gain += 1 }
                } else if let first = start {
                    if gain >= fewestRows, gain > best?.gain ?? 0 {
                        best = (ScrollShift(top: first, bottom: row - 1 + distance, distance: distance), gain)
                    }
                    start = nil
                }
            }
        }
        return best?.shift
    }

    /// `grid` as the screen holds it after the scroll: the band's rows moved up, the rows it
    /// uncovered unknown (``Cell/unknown``), so the next diff draws them whatever they hold.
    func applied(to grid: Grid) -> Grid {
        var moved = grid
        moved.moveRowsUp(from: top, through: bottom, by: distance)
        return moved
    }
}
